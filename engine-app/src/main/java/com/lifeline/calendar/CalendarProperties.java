package com.lifeline.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The working-day calendar.
 *
 * @param zone             where a day starts and ends for working-day arithmetic
 * @param dir              optional folder of {@code cn-YYYY.yaml} files that add years to, or replace
 *                         years of, the packaged ones; blank for none
 * @param warnFromMonthDay from this day of the year on, warn while next year's calendar is missing
 *                         or provisional (the State Council notice comes out in November)
 */
@ConfigurationProperties("lifeline.calendar")
public record CalendarProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        String dir,
        @DefaultValue("--11-01") MonthDay warnFromMonthDay) {

    public Optional<Path> externalDir() {
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir));
    }
}
