package org.perfeval.core.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.perfeval.core.i18n.Translator;
import org.perfeval.scoring.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Runs before the API's security and makes every /api answer a JSON problem detail. A state-changing call must carry
 * a JSON body in UTF-8 (415 otherwise; the import also takes an .xlsx workbook), so that no cross-site form can send one, and is refused when its Origin is
 * another site: a browser holding Basic credentials then cannot be used from a foreign page. An error sent with
 * sendError (Spring Security's 401 and 403, Spring MVC's 405 and 415) is written here as a problem instead of being
 * dispatched to the screens' error page, which would ask for a login. An exception nothing handled answers 500 with
 * a correlation id that the log holds, and nothing of its details.
 */
final class ApiProblemFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String WORKBOOK_IMPORT = "/api/evaluations/import";
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Translator translator;
    private final String baseUrl;

    ApiProblemFilter(Translator translator, String baseUrl) {
        this.translator = translator;
        this.baseUrl = baseUrl;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals("/api") && !path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Problems problems = new Problems(translator, request);
        if (!SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            String origin = request.getHeader(HttpHeaders.ORIGIN);
            if (origin != null && !sameOrigin(origin, request)) {
                problems.write(response, HttpStatus.FORBIDDEN, Text.of("core.api.crossSite"));
                return;
            }
            Text contentType = isWorkbookImport(request) ? null : contentType(request.getContentType());
            if (contentType != null) {
                problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, contentType);
                return;
            }
        }
        SendErrorAsProblem wrapped = new SendErrorAsProblem(response, problems);
        try {
            chain.doFilter(request, wrapped);
        } catch (IOException | ServletException | RuntimeException e) {
            String id = UUID.randomUUID().toString();
            LOG.error("unhandled error {} on {} {}", id, request.getMethod(), request.getRequestURI(), e);
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            problems.internal(response, id);
        }
    }

    /**
     * An .xlsx 自评表 posted to the import, with its own content type: the one state-changing call that takes a body
     * other than JSON. No cross-site form can send that type either (forms send only urlencoded, multipart and
     * text/plain), so the rule's purpose holds.
     */
    private static boolean isWorkbookImport(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType();
        if (!"POST".equalsIgnoreCase(request.getMethod()) || !path.equals(WORKBOOK_IMPORT) || type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.equalsTypeAndSubtype(XLSX);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Why the content type is refused; null when it is JSON in UTF-8 (no charset means UTF-8 for JSON). */
    private static Text contentType(String header) {
        if (header == null || header.isBlank()) {
            return Text.of("core.api.jsonRequired");
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            return Text.of("core.api.jsonRequired");
        }
        boolean json = MediaType.APPLICATION_JSON.isCompatibleWith(type)
                || ("application".equals(type.getType()) && type.getSubtype().endsWith("+json"));
        if (!json || type.isWildcardSubtype()) {
            return Text.of("core.api.jsonRequired");
        }
        String charset = type.getParameter("charset");
        if (charset == null) {
            return null;
        }
        try {
            return Charset.forName(charset.replace("\"", "")).equals(StandardCharsets.UTF_8) ? null
                    : Text.of("core.api.charset", charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Text.of("core.api.charset", charset);
        }
    }

    private boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            UriComponents uri = UriComponentsBuilder.fromUriString(origin).build();
            if (baseUrl != null && !baseUrl.isBlank()) {
                UriComponents base = UriComponentsBuilder.fromUriString(baseUrl).build();
                return same(uri, base.getScheme(), base.getHost(), port(base));
            }
            return same(uri, request.getScheme(), request.getServerName(), request.getServerPort());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean same(UriComponents uri, String scheme, String host, int port) {
        return scheme != null && host != null && scheme.equalsIgnoreCase(uri.getScheme())
                && host.equalsIgnoreCase(uri.getHost()) && port(uri) == port;
    }

    private static int port(UriComponents uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** A response whose sendError writes a problem detail in place, without an error dispatch. */
    private static final class SendErrorAsProblem extends HttpServletResponseWrapper {

        private final Problems problems;

        SendErrorAsProblem(HttpServletResponse response, Problems problems) {
            super(response);
            this.problems = problems;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (response.isCommitted()) {
                return;
            }
            HttpStatus resolved = HttpStatus.resolve(status);
            problems.write(response, resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved,
                    Problems.generic(status));
        }
    }
}
