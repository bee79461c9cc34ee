package com.lifeline.entry;

/**
 * Passed (as a transient variable, never stored) with a start from POST /api/entries: the caller waits
 * for the check's answer, and may have named an existing customer to attach the contacts to.
 */
record ApiEntryRequest(String attachTo) {
}
