package com.lifeline.entry;

import com.lifeline.security.CurrentUser;

import java.util.Optional;

/**
 * Passed (as a transient variable, never stored) with a start from POST /api/entries: the caller waits
 * for the check's answer, and may have named an existing customer to attach the contacts to, or asked
 * to offer them to another team's customer's owner. {@code entrant} is who sent it, with the groups this
 * request's login just read: the check takes the entrant's roles and scope from them instead of reading
 * the same groups again.
 */
record ApiEntryRequest(String attachTo, boolean offerToOwner, CurrentUser entrant) {

    /** The entrant's groups as this request's login read them, if the draft is the caller's. */
    Optional<CurrentUser> caller(String draftEntrant) {
        return entrant != null && entrant.userId().equals(draftEntrant) ? Optional.of(entrant)
                : Optional.empty();
    }
}
