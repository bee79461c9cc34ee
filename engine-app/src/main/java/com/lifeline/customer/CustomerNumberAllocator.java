package com.lifeline.customer;

import com.lifeline.database.GeneratedId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Customer numbers: region code + year + serial of at least three digits (SH2026001), per region
 * and year, unique and never reused. The serial is taken in a short transaction of its own: the
 * counter row is locked only for that moment, not for the whole entry, so concurrent entries in one
 * region don't queue behind each other. An entry that later fails leaves a gap, never a reuse.
 */
@Component
public class CustomerNumberAllocator {

    private static final Logger log = LoggerFactory.getLogger(CustomerNumberAllocator.class);
    /** A deadlock or lock timeout rolls back only this tiny transaction; trying again is safe and soon succeeds. */
    static final int ATTEMPTS = 3;

    private final CustomerNumberMapper mapper;
    private final TransactionTemplate ownTransaction;

    public CustomerNumberAllocator(CustomerNumberMapper mapper, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String next(String region, int year) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ownTransaction.execute(status -> {
                    GeneratedId serial = new GeneratedId();
                    mapper.takeNext(region, year, serial);
                    return format(region, year, serial.getId());
                });
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("Customer number for {} {}: lock conflict, attempt {} of {}", region, year, attempt + 1, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** A short random pause, so the transactions that collided don't collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String format(String region, int year, long serial) {
        return region + year + String.format("%03d", serial);
    }
}
