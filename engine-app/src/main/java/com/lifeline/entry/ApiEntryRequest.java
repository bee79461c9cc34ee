package com.lifeline.entry;

/**
 * Passed (as a transient variable, never stored) with a start from POST /api/entries: the caller waits
 * for the check's answer, and may have named an existing customer to attach the contacts to, or asked
 * to offer them to another team's customer's owner.
 */
record ApiEntryRequest(String attachTo, boolean offerToOwner) {
}
