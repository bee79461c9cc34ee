package com.lifeline.deletion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Monthly: every customer whose contract ended longer ago than {@code lifeline.deletion.retention}
 * gets a RETENTION_EXPIRED request (one each; customers under legal hold or with an open request are skipped).
 */
@Service
public class RetentionSweep {

    static final String REQUESTER = "system:retention";
    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);
    private static final int BATCH = 200;

    private final DeletionRequestMapper mapper;
    private final DeletionRequests requests;
    private final Period retention;
    private final Clock clock;

    RetentionSweep(DeletionRequestMapper mapper, DeletionRequests requests,
                   @Value("${lifeline.deletion.retention:P3Y}") Period retention, Clock clock) {
        this.mapper = mapper;
        this.requests = requests;
        this.retention = retention;
        this.clock = clock;
    }

    /** @return how many requests were started */
    public int sweep() {
        LocalDate cutoff = LocalDate.now(clock).minus(retention);
        List<Long> due = mapper.contractEndedBefore(cutoff, BATCH);
        int started = 0;
        for (long customerId : due) {
            try {
                requests.requestDeletion(customerId, DeletionReason.RETENTION_EXPIRED,
                        "合同终止已超过保存期限 " + retention + "(早于 " + cutoff + ")", REQUESTER, DeletionSource.RETENTION);
                started++;
            } catch (OpenDeletionRequestException e) {
                // someone asked a moment ago: that request goes on
            }
        }
        if (started > 0) {
            log.info("Retention sweep started {} deletion requests (contracts ended before {})", started, cutoff);
        }
        return started;
    }
}
