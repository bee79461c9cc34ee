package com.lifeline.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Puts the reason and what to do at the end of a failed start, instead of a stack trace. */
class DataFolderUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderUnavailableException cause) {
        return new FailureAnalysis(cause.reason(), cause.action(), cause);
    }
}
