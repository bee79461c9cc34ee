package com.lifeline.verification;

public enum ConfirmationStatus {
    SENT, CONFIRMED, CORRECTION_REQUESTED, CONFIRMED_BY_CALL
}
