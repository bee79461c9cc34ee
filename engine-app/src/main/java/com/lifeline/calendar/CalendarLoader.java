package com.lifeline.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads every {@code cn-*.yaml} packaged under {@code calendar/} on the classpath, then those in
 * the admin's folder ({@code lifeline.calendar.dir}); a file there replaces the packaged one for
 * its year, so next year's calendar needs no new build.
 */
public class CalendarLoader {

    private static final String CLASSPATH_FILES = "classpath*:calendar/cn-*.yaml";

    private static final Logger log = LoggerFactory.getLogger(CalendarLoader.class);

    private final ResourcePatternResolver classpath;
    private final Optional<Path> externalDir;

    public CalendarLoader(ResourcePatternResolver classpath, Optional<Path> externalDir) {
        this.classpath = classpath;
        this.externalDir = externalDir;
    }

    public HolidayCalendar load() {
        Map<Integer, CalendarYear> years = packagedYears();
        externalDir.ifPresent(dir -> externalYears(dir).forEach((year, data) -> {
            if (years.put(year, data) != null) {
                log.info("Calendar for {} from {} replaces the packaged one", year, data.source());
            }
        }));
        HolidayCalendar calendar = HolidayCalendar.of(years.values());
        log.info("Working-day calendar has data for {}", describe(calendar));
        return calendar;
    }

    private Map<Integer, CalendarYear> packagedYears() {
        Map<Integer, CalendarYear> years = new TreeMap<>();
        try {
            for (Resource resource : classpath.getResources(CLASSPATH_FILES)) {
                String location = "classpath:calendar/" + resource.getFilename();
                try (InputStream content = resource.getInputStream()) {
                    CalendarYear data = CalendarFileParser.parse(resource.getFilename(), location, content);
                    if (years.put(data.year(), data) != null) {
                        throw new InvalidCalendarFileException(location, "found twice on the classpath, last at " + resource.getURL());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged calendar files", e);
        }
        return years;
    }

    private static Map<Integer, CalendarYear> externalYears(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("lifeline.calendar.dir " + dir.toAbsolutePath() + " is not a folder");
        }
        Map<Integer, CalendarYear> years = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "cn-*.yaml")) {
            for (Path file : files) {
                String location = file.toAbsolutePath().toString();
                try (InputStream content = Files.newInputStream(file)) {
                    CalendarYear data = CalendarFileParser.parse(file.getFileName().toString(), location, content);
                    years.put(data.year(), data);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the calendar files in " + dir.toAbsolutePath(), e);
        }
        return years;
    }

    private static String describe(HolidayCalendar calendar) {
        if (calendar.years().isEmpty()) {
            return "no year (weekends only)";
        }
        return calendar.years().stream()
                .map(year -> year.provisional() ? year.year() + " (provisional)" : String.valueOf(year.year()))
                .collect(Collectors.joining(", "));
    }
}
