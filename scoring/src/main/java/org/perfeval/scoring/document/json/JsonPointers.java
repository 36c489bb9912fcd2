package org.perfeval.scoring.document.json;

/** Builds RFC 6901 JSON pointers. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** The pointer to {@code token} below {@code parent}, with "~" and "/" escaped as the RFC demands. */
    public static String child(String parent, String token) {
        return parent + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
