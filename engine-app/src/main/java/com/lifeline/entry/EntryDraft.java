package com.lifeline.entry;

import java.time.Instant;

/** An entry in progress: its payload is the JSON of what was last submitted. */
public record EntryDraft(Long id, String entrant, String payload, Long customerId, EntryDraftStatus status,
                         Instant createdAt, Instant updatedAt) {
}
