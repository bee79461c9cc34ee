package com.lifeline.customer;

/**
 * A feature's rows about one customer, deleted by the customer's erasure in the erasure's
 * transaction, before the store's own rows. A feature keeping anything about a customer contributes
 * one bean; the destruction record lists each step's category and count.
 */
public interface ErasureStep {

    /** What the rows are, for the destruction record, e.g. {@code confirmations}. */
    String category();

    /** Deletes every row of the customer; returns how many. */
    int erase(long customerId);
}
