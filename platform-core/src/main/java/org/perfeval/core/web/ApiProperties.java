package org.perfeval.core.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where users reach the platform (perfeval.base-url, such as https://jx.example.gov.cn): the API's Origin check
 * compares with it behind a proxy, rather than with a Host header a client chose. Empty: the request's own address.
 */
@ConfigurationProperties("perfeval")
record ApiProperties(String baseUrl) {
}
