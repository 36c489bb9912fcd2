package org.perfeval.core.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One entry of a problem's {@code errors}: the field, why in English and in Chinese, and a code if it has one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(String pointer, String message, String messageZh, String code) {
}
