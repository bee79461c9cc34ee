package com.lifeline.export;

import com.lifeline.customer.CustomerStatus;

import java.time.Instant;

/**
 * Which customers, always within the requester's scope; null = not used. {@code tags}: a word the
 * customer's tags contain (tags are sealed, so this part is applied after opening).
 */
record ExportFilter(String region, String owner, String department, CustomerStatus status, String tags,
                    Instant firstContactFrom, Instant firstContactBefore) {
}
