package com.lifeline.customer;

import java.util.Set;

/** Customers opened to a user by an approved, unexpired access request. */
public interface AccessGrantLookup {

    Set<Long> activeGrants(String userId);
}
