package com.lifeline.entry;

/** One thing wrong with one field, in words the entrant understands. Never contains the value. */
public record FieldProblem(String field, String message) {
}
