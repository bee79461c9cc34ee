package com.lifeline.reverification;

/**
 * What a verification's outcome does to a contact. The contact store and contact care own these
 * writes; {@link StoreContactChecks} hands them over.
 */
interface ContactChecks {

    /** The contact confirmed, by {@code method} (CALL, LINK): last verified now. */
    void confirmed(long contactId, String method, String actor);

    /** The contact could not be reached: invalid from now on, and replaced. */
    void unreachable(String customerNumber, long contactId, String reason, String actor);
}
