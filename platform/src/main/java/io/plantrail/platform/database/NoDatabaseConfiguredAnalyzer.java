package io.plantrail.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to set instead of printing a stack trace, when a service starts without a database. */
public class NoDatabaseConfiguredAnalyzer extends AbstractFailureAnalyzer<NoDatabaseConfigured> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseConfigured cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set DATABASE_URL (with DATABASE_USER and DATABASE_PASSWORD) to the PostgreSQL to use. "
                        + "For development only, PLANTRAIL_DATABASE_EMBEDDED=true starts a throwaway one.", cause);
    }
}
