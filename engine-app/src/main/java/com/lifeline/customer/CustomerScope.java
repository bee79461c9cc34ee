package com.lifeline.customer;

import java.util.Set;

/**
 * Which customers a user may see and how much of them: every read, search and write in the
 * customer store goes through one of these (mapper SQL filters on it).
 *
 * @param all      every customer (service and data stewards: basic fields only)
 * @param owners   customers owned by these users (own, team's or department's)
 * @param granted  customers opened to the user by an approved access request
 * @param fullDetails false: phones, emails and WeChat ids masked, consent evidence hidden
 * @param mayChangeStatus data stewards and owners' chain may set DORMANT / INVALID
 */
public record CustomerScope(boolean all, Set<String> owners, Set<Long> granted, boolean fullDetails,
                            boolean mayChangeStatus) {

    public boolean isEmpty() {
        return !all && owners.isEmpty() && granted.isEmpty();
    }
}
