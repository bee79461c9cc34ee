package com.lifeline.export;

import java.time.LocalDate;
import java.util.List;

/**
 * What a requester asks for (POST /api/exports, or Tasklist's start form). The filter applies within
 * their own scope; {@code unmask} asks the approvers to leave phones and emails in full.
 */
public record NewExport(Filter filter, List<String> fields, String purpose, String usage, Integer periodDays,
                        String safeguards, String format, Boolean unmask) {

    /** Each part null when not used; dates in lifeline.zone, {@code firstContactTo} included. */
    public record Filter(String region, String owner, String department, String status, String tags,
                         LocalDate firstContactFrom, LocalDate firstContactTo) {
    }
}
