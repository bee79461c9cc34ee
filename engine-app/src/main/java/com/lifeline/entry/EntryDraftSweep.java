package com.lifeline.entry;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The safety net behind removing drafts when an entry is saved, attached, offered or its process ends:
 * a draft older than {@code lifeline.entry.draft-max-age} that no running customer-entry holds is deleted.
 */
@Service
public class EntryDraftSweep {

    private static final Logger log = LoggerFactory.getLogger(EntryDraftSweep.class);
    private static final int BATCH = 500;

    private final EntryDraftMapper drafts;
    private final RuntimeService runtime;
    private final Duration maxAge;
    private final Clock clock;

    EntryDraftSweep(EntryDraftMapper drafts, RuntimeService runtime,
                    @Value("${lifeline.entry.draft-max-age:P1D}") Duration maxAge, Clock clock) {
        this.drafts = drafts;
        this.runtime = runtime;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** @return how many drafts were deleted */
    public int sweep() {
        List<Long> candidates = drafts.idsUntouchedSince(clock.instant().minus(maxAge), BATCH);
        int deleted = 0;
        for (long id : candidates) {
            boolean inUse = runtime.createProcessInstanceQuery().processDefinitionKey("customer-entry")
                    .variableValueEquals(EntryVariables.ENTRY_ID, id).count() > 0;
            if (!inUse) {
                deleted += drafts.delete(id);
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} abandoned entry drafts", deleted);
        }
        return deleted;
    }
}
