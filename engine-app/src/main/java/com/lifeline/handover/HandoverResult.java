package com.lifeline.handover;

/** What one handover moved: counts only, they become process variables. */
public record HandoverResult(int customersMoved, int tasksMoved, int candidateLinksMoved, int variablesChanged,
                             int orgReferencesMoved, int grantsRevoked) {
}
