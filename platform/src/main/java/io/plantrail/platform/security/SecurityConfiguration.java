package io.plantrail.platform.security;

import io.plantrail.platform.database.DatabaseSettings;
import jakarta.servlet.DispatcherType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * How both services authenticate and authorize: bearer tokens from the configured identity provider and, when
 * switched on, demo users over HTTP Basic; then each service's {@link AccessRules}. Nothing is open but health and
 * the API description. No sessions and no cookies, so there is nothing for a cross-site request to ride on and CSRF
 * tokens would only get in the way of API clients.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfiguration {

    /** Open to anyone: load balancers probe health, and the API description holds no data. */
    private static final String[] OPEN = {"/actuator/health", "/actuator/health/**",
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**"};

    /** The demo users when switched on; none otherwise (and Spring Boot then invents no user of its own). */
    @Bean
    UserDetailsService plantrailDemoUsers(SecuritySettings settings, Environment env) {
        if (!settings.demo().enabled()) {
            return DemoUsers.none();
        }
        return new DemoUsers(settings.demo(), env.getProperty(DatabaseSettings.EMBEDDED_IN_USE, Boolean.class, false));
    }

    /** Tells API clients and the Swagger UI's "Authorize" button how to sign in. */
    @Bean
    OpenApiCustomizer plantrailSignIn(SecuritySettings settings) {
        return api -> {
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            api.components(components);
            if (settings.jwt().configured()) { // each requirement on its own: either way of signing in will do
                components.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("JWT").description("A token from the identity provider"));
                api.addSecurityItem(new SecurityRequirement().addList("bearer"));
            }
            if (settings.demo().enabled()) {
                components.addSecuritySchemes("demo-user", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("basic").description("A demo user (local runs)"));
                api.addSecurityItem(new SecurityRequirement().addList("demo-user"));
            }
        };
    }

    @Bean
    PasswordEncoder plantrailDemoPasswords() {
        return DemoUsers.passwordEncoder();
    }

    @Bean
    SecurityFilterChain plantrailSecurity(HttpSecurity http, AccessRules accessRules, SecuritySettings settings)
            throws Exception {
        boolean bearer = settings.jwt().configured();
        boolean basic = settings.demo().enabled();
        if (!bearer && !basic) {
            throw new UnsafeSecuritySettings("No way to sign in is configured: no identity provider and no demo users.");
        }
        SecurityProblems problems = new SecurityProblems(basic, bearer);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; "
                                + "frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(rules -> {
                    // Authorization was decided on the request itself; error pages and streamed bodies follow it.
                    rules.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
                    rules.requestMatchers("/error").denyAll(); // only ever reached by forwarding a failed request
                    rules.requestMatchers(OPEN).permitAll();
                    accessRules.declare(rules);
                    rules.anyRequest().authenticated();
                });
        if (bearer) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(jwt -> jwt.decoder(TokenDecoders.of(settings.jwt()))
                            .jwtAuthenticationConverter(new JwtCallers(settings.jwt()))));
        }
        if (basic) {
            http.httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(problems));
        }
        return http.build();
    }
}
