package io.plantrail.platform.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to set instead of printing a stack trace when the security settings are refused. */
public class UnsafeSecuritySettingsAnalyzer extends AbstractFailureAnalyzer<UnsafeSecuritySettings> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeSecuritySettings cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Connect an identity provider (PLANTRAIL_SECURITY_JWT_ISSUER_URI, or PLANTRAIL_SECURITY_JWT_PUBLIC_KEY "
                        + "with PLANTRAIL_SECURITY_JWT_ISSUER), or for a local run switch on demo users with "
                        + "passwords of your own. README \"Security\" explains both.", cause);
    }
}
