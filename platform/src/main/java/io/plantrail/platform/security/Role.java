package io.plantrail.platform.security;

/** The roles of api.md's "Who may do what". Tokens and demo users name them exactly like this. */
public enum Role {
    PLAN_MANAGER, LEAD, AUDITOR, INSPECTOR, ADMIN;

    /** The authority Spring Security checks with {@code hasRole(name())}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
