package com.lifeline.calendar;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@code cn-YYYY.yaml} file (format: docs/calendar.md). Every problem is an
 * {@link InvalidCalendarFileException} naming the file, so a bad edit stops start-up with a message
 * an admin can act on instead of silently shifting deadlines.
 */
final class CalendarFileParser {

    private static final Pattern FILE_NAME = Pattern.compile("cn-(\\d{4})\\.yaml");

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The file as written; dates stay text so a bad one can be reported as such. */
    record YearFile(Integer year, boolean provisional, List<HolidayEntry> holidays, List<String> workdays) {
    }

    record HolidayEntry(String from, String to, String name) {
    }

    private CalendarFileParser() {
    }

    /**
     * @param fileName the file's own name, which must carry the year
     * @param location where the file is, for messages
     */
    static CalendarYear parse(String fileName, String location, InputStream content) throws IOException {
        Matcher nameMatch = FILE_NAME.matcher(fileName);
        if (!nameMatch.matches()) {
            throw new InvalidCalendarFileException(location, "the file name must be cn-YYYY.yaml");
        }
        int year = Integer.parseInt(nameMatch.group(1));
        YearFile file = read(location, content);
        if (file.year() == null) {
            throw new InvalidCalendarFileException(location, "'year' is missing");
        }
        if (file.year() != year) {
            throw new InvalidCalendarFileException(location,
                    "year " + file.year() + " does not match the file name " + fileName);
        }
        return new DateCollector(year, location).collect(file);
    }

    private static YearFile read(String location, InputStream content) throws IOException {
        YearFile file;
        try (JsonParser parser = YAML.createParser(content)) {
            // comments only or nothing at all: no token, which Jackson would report cryptically
            file = parser.nextToken() == null ? null : YAML.readValue(parser, YearFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidCalendarFileException(location,
                    "unknown key '" + e.getPropertyName() + "'; the keys are " + e.getKnownPropertyIds());
        } catch (JsonProcessingException e) {
            throw new InvalidCalendarFileException(location, e.getOriginalMessage() + at(e.getLocation()));
        }
        if (file == null) {
            throw new InvalidCalendarFileException(location, "the file is empty");
        }
        return file;
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Turns the entries into dates, checking each against the file's year. */
    private record DateCollector(int year, String location) {

        CalendarYear collect(YearFile file) {
            Set<LocalDate> holidays = new HashSet<>();
            for (HolidayEntry entry : listOrEmpty(file.holidays(), "holidays")) {
                LocalDate from = date(entry.from(), "holiday " + label(entry) + " 'from'");
                LocalDate to = date(entry.to(), "holiday " + label(entry) + " 'to'");
                if (to.isBefore(from)) {
                    throw problem("holiday " + label(entry) + " ends (" + to + ") before it starts (" + from + ")");
                }
                from.datesUntil(to.plusDays(1)).forEach(holidays::add);
            }
            Set<LocalDate> workdays = new HashSet<>();
            for (String workday : listOrEmpty(file.workdays(), "workdays")) {
                workdays.add(date(workday, "workday"));
            }
            return new CalendarYear(year, file.provisional(), holidays, workdays, location);
        }

        private <T> List<T> listOrEmpty(List<T> entries, String key) {
            if (entries == null) {
                return List.of();
            }
            if (entries.stream().anyMatch(Objects::isNull)) {
                throw problem("'" + key + "' has an empty entry");
            }
            return entries;
        }

        private LocalDate date(String text, String what) {
            if (text == null) {
                throw problem(what + " is missing");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw problem(what + ": bad date '" + text + "' (expected YYYY-MM-DD)");
            }
            // a notice may start the New Year holiday, or its make-up day, late in December before
            if (date.getYear() != year && !(date.getYear() == year - 1 && date.getMonthValue() == 12)) {
                throw problem(what + ": " + date + " is not in " + year + " (nor in December " + (year - 1) + ")");
            }
            return date;
        }

        private static String label(HolidayEntry entry) {
            return entry.name() == null ? "(unnamed)" : "'" + entry.name() + "'";
        }

        private InvalidCalendarFileException problem(String problem) {
            return new InvalidCalendarFileException(location, problem);
        }
    }
}
