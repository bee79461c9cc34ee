package com.lifeline.dormancy;

import java.time.Instant;

/** An ACTIVE customer without interaction since {@code lastContactAt} and without an open check; its owner. */
record SilentCustomer(long id, String customerNumber, Instant lastContactAt, String ownerUserId) {
}
