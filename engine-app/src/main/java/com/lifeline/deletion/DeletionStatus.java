package com.lifeline.deletion;

public enum DeletionStatus {
    /** waiting for the owner's department head (at most one per customer, with APPROVED) */
    AWAITING_APPROVAL,
    /** an open incident, an open export or a legal hold keeps the customer: nothing deleted */
    HELD,
    REJECTED,
    /** approved, the erasure is under way */
    APPROVED,
    ERASED
}
