package org.perfeval.core.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The scrape token lets a Prometheus server in as the scraper, and nobody who presents something else. */
class ScrapeTokenTest {

    private static final String TOKEN = "a-scrape-token-of-some-length";

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theTokenMakesTheRequestTheScraperWithTheMetricsAuthorityOnly() throws Exception {
        Authentication seen = filter(new ScrapeToken(TOKEN), "Bearer " + TOKEN);
        assertThat(seen).isNotNull();
        assertThat(seen.getName()).isEqualTo(ScrapeToken.SCRAPER);
        assertThat(seen.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(ScrapeToken.AUTHORITY);
    }

    @Test
    void anotherTokenOrNoneConfiguredLetsNobodyIn() throws Exception {
        assertThat(filter(new ScrapeToken(TOKEN), "Bearer " + TOKEN + "x")).isNull();
        assertThat(filter(new ScrapeToken(TOKEN), "Basic " + TOKEN)).isNull();
        assertThat(filter(new ScrapeToken(TOKEN), null)).isNull();
        assertThat(filter(new ScrapeToken(null), "Bearer ")).isNull();
        assertThat(filter(new ScrapeToken(null), "Bearer null")).isNull();
    }

    @Test
    void aBlankTokenMeansNoneAndAShortOneIsRefusedAtStart() {
        assertThat(new MetricsScrapeProperties("  ").token()).isNull();
        assertThatThrownBy(() -> new MetricsScrapeProperties("short")).hasMessageContaining("PERFEVAL_METRICS_TOKEN");
    }

    private static Authentication filter(ScrapeToken token, String authorization) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        AtomicReference<Authentication> seen = new AtomicReference<>();
        token.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));
        return seen.get();
    }
}
