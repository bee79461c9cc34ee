package com.lifeline.entry;

import java.util.List;

/** The entry broke one or more rules; nothing was stored. */
public class EntryRejectedException extends RuntimeException {

    private final List<FieldProblem> problems;

    public EntryRejectedException(List<FieldProblem> problems) {
        super("录入未通过检查(" + problems.size() + " 处问题)");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
