package com.lifeline.entry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.database.GeneratedId;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/**
 * Keeps what the entrant typed in the customer store, encrypted (never in process variables, which
 * Camunda copies into history), so a correction form can show it again.
 */
@Service
public class EntryDrafts {

    /**
     * The stored payload: the submission and the customers the entrant confirmed are different (by
     * number, or all of other teams' customers, whose numbers they never see).
     */
    record Payload(EntrySubmission submission, Set<String> confirmedDifferentFrom, boolean differentFromOtherTeams) {
        Payload {
            confirmedDifferentFrom = confirmedDifferentFrom == null ? Set.of() : Set.copyOf(confirmedDifferentFrom);
        }

        DuplicateFinder.DifferentFrom differentFrom() {
            return new DuplicateFinder.DifferentFrom(confirmedDifferentFrom, differentFromOtherTeams);
        }
    }

    private final EntryDraftMapper mapper;
    private final ObjectMapper json;
    private final CustomerCrypto crypto;
    private final Clock clock;

    EntryDrafts(EntryDraftMapper mapper, ObjectMapper json, CustomerCrypto crypto, Clock clock) {
        this.mapper = mapper;
        this.json = json;
        this.crypto = crypto;
        this.clock = clock;
    }

    public long create(String entrant, EntrySubmission submission) {
        GeneratedId key = new GeneratedId();
        mapper.insert(key, entrant, write(new Payload(submission, Set.of(), false)), clock.instant());
        return key.getId();
    }

    public EntryDraft get(long id) {
        return mapper.findById(id).orElseThrow(() -> new IllegalStateException("entry draft " + id + " is missing"));
    }

    public EntrySubmission submission(long id) {
        return payload(id).submission();
    }

    public EntrySubmission submission(EntryDraft draft) {
        return read(draft.payload()).submission();
    }

    public DuplicateFinder.DifferentFrom differentFrom(long id) {
        return payload(id).differentFrom();
    }

    /** Both parts of a draft already read, decrypted once. */
    Payload payload(EntryDraft draft) {
        return read(draft.payload());
    }

    public void replaceSubmission(long id, EntrySubmission submission) {
        Payload old = payload(id);
        mapper.updatePayload(id, write(new Payload(submission, old.confirmedDifferentFrom(), old.differentFromOtherTeams())),
                clock.instant());
    }

    public void confirmDifferentFrom(long id, String customerNumber) {
        Payload old = payload(id);
        Set<String> numbers = new HashSet<>(old.confirmedDifferentFrom());
        numbers.add(customerNumber);
        mapper.updatePayload(id, write(new Payload(old.submission(), numbers, old.differentFromOtherTeams())), clock.instant());
    }

    public void confirmDifferentFromOtherTeams(long id) {
        Payload old = payload(id);
        mapper.updatePayload(id, write(new Payload(old.submission(), old.confirmedDifferentFrom(), true)), clock.instant());
    }

    /**
     * The contacts went to another team's customer as an offer, which keeps its own copy sealed with
     * that customer's key: the draft keeps nothing personal (an empty submission), so a rejected offer
     * leaves no copy behind.
     */
    public void markOffered(long id) {
        mapper.updatePayload(id, write(new Payload(new EntrySubmission(null, null, null), Set.of(), false)), clock.instant());
        mapper.updateStatus(id, EntryDraftStatus.OFFERED, clock.instant());
    }

    public void markSaved(long id, long customerId) {
        mapper.markSaved(id, customerId, clock.instant());
    }

    public void markAttached(long id) {
        mapper.updateStatus(id, EntryDraftStatus.ATTACHED, clock.instant());
    }

    private Payload payload(long id) {
        return read(get(id).payload());
    }

    private Payload read(String sealed) {
        try {
            return json.readValue(crypto.openDraft(sealed), Payload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an entry draft is unreadable", e);
        }
    }

    private String write(Payload payload) {
        try {
            return crypto.sealDraft(json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("entry draft could not be written", e);
        }
    }
}
