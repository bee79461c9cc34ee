package com.lifeline.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a key refusal as Boot's "APPLICATION FAILED TO START" report instead of a stack trace. */
class KeySetupFailureAnalyzer extends AbstractFailureAnalyzer<KeySetupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KeySetupException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "See \"Keys for an external database / a cluster\" in docs/security.md.", cause);
    }
}
