package com.lifeline.database;

/**
 * The embedded database cannot use its data folder, for a reason the operator must fix; shown at
 * start as Spring Boot's "APPLICATION FAILED TO START" with {@link #action()}.
 */
public class DataFolderUnavailableException extends IllegalStateException {

    private final String reason;
    private final String action;

    DataFolderUnavailableException(String reason, String action) {
        super(reason + " " + action);
        this.reason = reason;
        this.action = action;
    }

    public String reason() {
        return reason;
    }

    public String action() {
        return action;
    }
}
