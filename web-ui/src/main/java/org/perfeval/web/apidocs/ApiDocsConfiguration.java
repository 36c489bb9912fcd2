package org.perfeval.web.apidocs;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The description's header: what the API is and how a caller logs in; every operation's refusals are added. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String BASIC = "basic";
    static final String BEARER = "keycloak";

    @Bean
    OpenAPI perfEvalApi() {
        return new OpenAPI().info(new Info().title("PerfEval API").version("v1").description(
                        "Budget-performance self-evaluations (部门整体绩效自评): forms, rounds and the workflow's steps. "
                                + "Refusals are problem details (application/problem+json) in the caller's language."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Local accounts (embedded mode)"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("Keycloak access tokens (keycloak mode)")));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return new ProblemResponses();
    }
}
