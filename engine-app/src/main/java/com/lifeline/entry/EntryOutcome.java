package com.lifeline.entry;

import com.lifeline.customer.DuplicateFinder;

import java.util.List;
import java.util.Objects;

/**
 * The automatic check's verdict on an entry draft, as the process routes on it ({@code entryOutcome}).
 * INVALID and DUPLICATE send a Tasklist entry to its entrant; an entry sent through the REST API gets
 * its answer in the same call instead: ATTACH when the request named the matching customer with
 * {@code duplicateResolution: ATTACH}, OFFER when it asked to offer the contacts to another team's
 * customer, otherwise REFUSED, which rolls the start back (400 or 409).
 */
public record EntryOutcome(Kind kind, List<FieldProblem> problems, DuplicateFinder.Duplicate duplicate) {

    public enum Kind { VALID, INVALID, DUPLICATE, ATTACH, OFFER, REFUSED }

    static EntryOutcome valid() {
        return new EntryOutcome(Kind.VALID, List.of(), null);
    }

    static EntryOutcome invalid(List<FieldProblem> problems) {
        return new EntryOutcome(Kind.INVALID, problems, null);
    }

    static EntryOutcome duplicate(DuplicateFinder.Duplicate duplicate) {
        return new EntryOutcome(Kind.DUPLICATE, List.of(), duplicate);
    }

    /** The verdict for an entry whose REST caller waits for it and cannot be given a task. */
    EntryOutcome answeringApi(ApiEntryRequest request) {
        return switch (kind) {
            case INVALID -> new EntryOutcome(Kind.REFUSED, problems, null);
            case DUPLICATE -> new EntryOutcome(resolvedBy(request), List.of(), duplicate);
            default -> this;
        };
    }

    /** Another team's customer (its number never told) can only be offered to; one's own, attached to by number. */
    private Kind resolvedBy(ApiEntryRequest request) {
        if (duplicate.otherTeam()) {
            return request.offerToOwner() ? Kind.OFFER : Kind.REFUSED;
        }
        return Objects.equals(duplicate.customerNumber(), request.attachTo()) ? Kind.ATTACH : Kind.REFUSED;
    }

    /** What the REST caller of a REFUSED entry is told: 400 with the problems, or 409 with the existing customer. */
    RuntimeException refusal() {
        if (kind != Kind.REFUSED) {
            throw new IllegalStateException("only a refused entry is refused, not " + kind);
        }
        return problems.isEmpty() ? new DuplicateEntryException(duplicate) : new EntryRejectedException(problems);
    }
}
