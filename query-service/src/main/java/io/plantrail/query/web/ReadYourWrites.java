package io.plantrail.query.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * Lets a client read its own write: a query with {@code minPosition} (or {@code X-Min-Position}), the position a
 * command answered, waits until the projections have applied that event, up to a bounded time.
 */
@Configuration
class ReadYourWrites implements HandlerInterceptor, WebMvcConfigurer {

    static final String PARAMETER = "minPosition";
    static final String HEADER = "X-Min-Position";

    private final ProjectionProgress progress;
    private final Duration maxWait;

    ReadYourWrites(ProjectionProgress progress, @Value("${plantrail.read-your-writes.max-wait}") Duration maxWait) {
        this.progress = progress;
        this.maxWait = maxWait;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String raw = request.getParameter(PARAMETER) != null ? request.getParameter(PARAMETER) : request.getHeader(HEADER);
        if (raw == null || raw.isBlank()) {
            return true;
        }
        long position = parse(raw.trim());
        if (!progress.awaitPosition(position, maxWait)) {
            throw new ProjectionsBehind(position);
        }
        return true;
    }

    private static long parse(String raw) {
        try {
            long position = Long.parseLong(raw);
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as a negative number
        }
        throw new InvalidParameter(PARAMETER, "must be a position a command answered: a whole number, 0 or more");
    }
}
