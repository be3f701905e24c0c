package io.plantrail.platform.security;

import org.springframework.security.core.GrantedAuthority;

import java.util.Objects;

/** A lead, as named on actions, that the authenticated user may record progress and evidence for. */
record ActsFor(String lead) implements GrantedAuthority {

    static final String PREFIX = "ACTS_FOR:";

    ActsFor {
        Objects.requireNonNull(lead, "lead");
    }

    @Override
    public String getAuthority() {
        return PREFIX + lead;
    }
}
