package io.plantrail.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantrail.events.EventJson;
import io.plantrail.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 401 and 403 as RFC 9457 problems, like every other refusal. The detail says what to do, never why a token
 * failed in the library's words, and the challenge names the ways this service accepts.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** Built once: {@link EventJson#mapper()} makes a new mapper on every call. */
    private static final ObjectMapper JSON = EventJson.mapper();

    private final String challenge;

    SecurityProblems(boolean basic, boolean bearer) {
        List<String> challenges = new ArrayList<>();
        if (bearer) {
            challenges.add("Bearer realm=\"Plantrail\"");
        }
        if (basic) {
            challenges.add("Basic realm=\"Plantrail\", charset=\"UTF-8\"");
        }
        this.challenge = String.join(", ", challenges);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (!challenge.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Not signed in", unauthenticated(failure),
                request);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                "Your role does not allow " + request.getMethod() + " " + request.getRequestURI() + ".", request);
    }

    private static String unauthenticated(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException) {
            return "The bearer token was refused: it is expired, not yet valid, from another issuer or for another "
                    + "audience, or not signed by the identity provider. Get a new token and try again.";
        }
        if (failure instanceof BadCredentialsException) {
            return "The user name or password is wrong.";
        }
        return "Send credentials: a bearer token from your identity provider (or, on a local run, a demo user's "
                + "name and password).";
    }

    static void write(HttpServletResponse response, HttpStatus status, String code, String title, String detail,
                      HttpServletRequest request) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemResponses.PREFIX + code);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
