package io.plantrail.command.access;

import io.plantrail.platform.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import static io.plantrail.platform.security.AccessRules.roles;
import static io.plantrail.platform.security.Role.ADMIN;
import static io.plantrail.platform.security.Role.LEAD;
import static io.plantrail.platform.security.Role.PLAN_MANAGER;

/**
 * api.md "Who may do what" for commands. Leads get through here only to progress and evidence; which actions
 * are theirs is the Action aggregate's rule ({@code ActingFor}), checked against its current leads.
 * {@code AccessMatrixIT} holds the same table from the caller's side and fails when an endpoint has no row.
 */
@Component
class CommandAccessRules implements AccessRules {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/actions/*/progress", "/api/actions/*/evidence")
                .hasAnyRole(roles(PLAN_MANAGER, LEAD));
        rules.requestMatchers("/api/**").hasRole(PLAN_MANAGER.name());
        rules.requestMatchers("/actuator/**").hasRole(ADMIN.name());
    }
}
