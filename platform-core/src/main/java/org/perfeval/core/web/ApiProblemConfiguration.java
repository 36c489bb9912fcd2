package org.perfeval.core.web;

import org.perfeval.core.i18n.Translator;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's problem filter, in front of Spring Security so that its refusals are problems too. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiProblemConfiguration {

    @Bean
    FilterRegistrationBean<ApiProblemFilter> apiProblemFilter(Translator translator, ApiProperties properties) {
        FilterRegistrationBean<ApiProblemFilter> registration = new FilterRegistrationBean<>(
                new ApiProblemFilter(translator, properties.baseUrl()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }
}
