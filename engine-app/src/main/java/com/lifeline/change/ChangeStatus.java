package com.lifeline.change;

/** Where a change stands. Only APPLIED and CONFIRMED changes ever reached the record's key fields. */
public enum ChangeStatus {
    /** typed and checked, not yet applied */
    DRAFT,
    /** applied at once: no key field changed */
    APPLIED,
    /** other fields applied; the key fields wait for the customer (or the owner's call) */
    PENDING_CONFIRMATION,
    CONFIRMED,
    /** the customer said it is not right: the key fields never applied */
    REJECTED,
    /** the owner gave up the refused change */
    WITHDRAWN
}
