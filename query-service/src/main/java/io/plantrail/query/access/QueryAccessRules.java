package io.plantrail.query.access;

import io.plantrail.platform.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import static io.plantrail.platform.security.AccessRules.roles;
import static io.plantrail.platform.security.Role.ADMIN;
import static io.plantrail.platform.security.Role.AUDITOR;
import static io.plantrail.platform.security.Role.INSPECTOR;
import static io.plantrail.platform.security.Role.LEAD;
import static io.plantrail.platform.security.Role.PLAN_MANAGER;

/**
 * api.md "Who may do what" for reads. Auditors, leads and plan managers read everything; inspectors read plan
 * status, reports, evidence trails and verification, but not the audit log, histories or change lists; the record
 * of who read audit exports and evidence trails is the auditors' alone. ADMIN runs operations and reads no plans.
 * The checkpoints' public key is open to all.
 * {@code AccessMatrixIT} holds the same table from the caller's side and fails when an endpoint has no row.
 */
@Component
class QueryAccessRules implements AccessRules {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/audit/reads").hasRole(AUDITOR.name());
        rules.requestMatchers(HttpMethod.GET, "/api/audit/**", "/api/actions/*/history", "/api/plans/*/history",
                "/api/measures/*/history", "/api/inspections/*/history", "/api/plans/*/changes")
                .hasAnyRole(roles(AUDITOR, PLAN_MANAGER, LEAD));
        // The key checkpoints are signed with is public: anyone must be able to check a bundle against it.
        rules.requestMatchers(HttpMethod.GET, "/api/checkpoints/public-key").permitAll();
        // A checkpoint writes nothing but a signature over what is there: those who minute or inspect, and operations.
        rules.requestMatchers(HttpMethod.POST, "/api/checkpoints").hasAnyRole(roles(PLAN_MANAGER, AUDITOR, INSPECTOR,
                ADMIN));
        rules.requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(roles(AUDITOR, PLAN_MANAGER, LEAD, INSPECTOR));
        rules.requestMatchers("/actuator/**").hasRole(ADMIN.name());
    }
}
