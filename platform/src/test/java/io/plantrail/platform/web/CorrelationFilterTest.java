package io.plantrail.platform.web;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The correlation id is in the logging context (MDC) for exactly the duration of the request: structured logs
 * ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}) write MDC entries as fields, so every line a request causes
 * carries it.
 */
class CorrelationFilterTest {

    private final CorrelationFilter filter = new CorrelationFilter();

    @Test
    void takesTheCallersIdPutsItInTheLoggingContextAndEchoesIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/plans");
        request.addHeader(CorrelationFilter.HEADER, "board-pack-42");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> duringRequest = new AtomicReference<>();

        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                duringRequest.set(MDC.get(CorrelationFilter.MDC_KEY));
            }
        });

        assertThat(duringRequest.get()).isEqualTo("board-pack-42");
        assertThat(response.getHeader(CorrelationFilter.HEADER)).isEqualTo("board-pack-42");
        assertThat(MDC.get(CorrelationFilter.MDC_KEY)).as("cleared after the request").isNull();
    }

    @Test
    void replacesAnIdThatIsNotSensibleWithANewOne() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/plans");
        request.addHeader(CorrelationFilter.HEADER, "<script>alert(1)</script>");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader(CorrelationFilter.HEADER))
                .isNotEqualTo("<script>alert(1)</script>")
                .matches("[0-9a-f-]{36}");
    }
}
