package com.lifeline.entry;

import com.lifeline.customer.DuplicateFinder;

import java.util.HashSet;
import java.util.Set;

/**
 * What a draft keeps, encrypted: the submission and the customers the entrant confirmed are
 * different (by number, or all of other teams' customers, whose numbers they never see).
 */
record EntryDraftPayload(EntrySubmission submission, Set<String> confirmedDifferentFrom, boolean differentFromOtherTeams) {

    EntryDraftPayload {
        confirmedDifferentFrom = confirmedDifferentFrom == null ? Set.of() : Set.copyOf(confirmedDifferentFrom);
    }

    static EntryDraftPayload of(EntrySubmission submission) {
        return new EntryDraftPayload(submission, Set.of(), false);
    }

    EntryDraftPayload withSubmission(EntrySubmission replaced) {
        return new EntryDraftPayload(replaced, confirmedDifferentFrom, differentFromOtherTeams);
    }

    /** customerNumber null: different from the other team's customer it matched. */
    EntryDraftPayload differentFrom(String customerNumber) {
        if (customerNumber == null) {
            return new EntryDraftPayload(submission, confirmedDifferentFrom, true);
        }
        Set<String> numbers = new HashSet<>(confirmedDifferentFrom);
        numbers.add(customerNumber);
        return new EntryDraftPayload(submission, numbers, differentFromOtherTeams);
    }

    DuplicateFinder.DifferentFrom differentFrom() {
        return new DuplicateFinder.DifferentFrom(confirmedDifferentFrom, differentFromOtherTeams);
    }
}
