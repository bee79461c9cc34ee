package com.lifeline.export;

/** An export's life: approval, approved (no archive yet), ready (archive made, password shown), then gone. */
public enum ExportStatus {
    AWAITING_APPROVAL, APPROVED, READY, REJECTED, EXPIRED;

    /** Still to be decided or downloadable: its customers are held from deletion. */
    boolean isOpen() {
        return this == AWAITING_APPROVAL || this == APPROVED || this == READY;
    }
}
