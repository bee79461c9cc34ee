package com.lifeline.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the date-times that forms and API clients send: with offset, local, or a bare date. */
final class DateTimes {

    private DateTimes() {
    }

    static Optional<Instant> parse(String raw, ZoneId zone) {
        String value = raw.strip();
        if (value.length() > 40) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException ignored) {
            // not an offset date-time; try the local forms
        }
        try {
            return Optional.of(LocalDateTime.parse(value).atZone(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            // not a local date-time either
        }
        try {
            return Optional.of(LocalDate.parse(value).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
