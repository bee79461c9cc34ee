package com.lifeline.customer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customer numbers: region code + year + serial of at least three digits (SH2026001), per region
 * and year. The serial is bumped inside the entry's transaction, so a rolled-back entry gives its
 * serial back and committed numbers stay consecutive and unique under concurrent entries.
 */
@Component
public class CustomerNumberAllocator {

    private final CustomerNumberMapper mapper;
    private final TransactionTemplate ownTransaction;

    public CustomerNumberAllocator(CustomerNumberMapper mapper, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String next(String region, int year) {
        if (mapper.bump(region, year) == 0) {
            // first number of a region/year: create the row on its own so concurrent entries don't deadlock on it
            ownTransaction.executeWithoutResult(status -> mapper.createSequence(region, year));
            mapper.bump(region, year);
        }
        return format(region, year, mapper.lastInsertId());
    }

    static String format(String region, int year, long serial) {
        return region + year + String.format("%03d", serial);
    }
}
