package com.lifeline.customer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customer numbers: region code + year + serial of at least three digits (SH2026001), per region
 * and year, unique and never reused. The serial is taken in a short transaction of its own: the
 * counter row is locked only for that moment, not for the whole entry, so concurrent entries in one
 * region don't queue behind each other. An entry that later fails leaves a gap, never a reuse.
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
        return ownTransaction.execute(status -> {
            if (mapper.bump(region, year) == 0) {
                mapper.createSequence(region, year);
                mapper.bump(region, year);
            }
            return format(region, year, mapper.lastInsertId());
        });
    }

    static String format(String region, int year, long serial) {
        return region + year + String.format("%03d", serial);
    }
}
