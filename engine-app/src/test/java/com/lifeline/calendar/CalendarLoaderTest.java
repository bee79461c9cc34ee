package com.lifeline.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsThePackagedYears() {
        HolidayCalendar calendar = TestCalendars.packaged();

        assertThat(calendar.years()).extracting(CalendarYear::year).containsExactly(2026, 2027);
        assertThat(calendar.isProvisional(2026)).isFalse();
        assertThat(calendar.isProvisional(2027)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-07"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-08"))).isFalse();
        assertThat(calendar.years().get(0).source()).isEqualTo("classpath:calendar/cn-2026.yaml");
    }

    @Test
    void aFileInTheExternalFolderReplacesThePackagedYear() throws IOException {
        write("cn-2026.yaml", """
                year: 2026
                holidays:
                  - {from: 2026-03-09, to: 2026-03-09, name: test}
                """);

        HolidayCalendar calendar = loadWithExternalDir();

        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-09"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-07"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-08"))).isFalse();
    }

    @Test
    void aFileInTheExternalFolderAddsAYear() throws IOException {
        write("cn-2028.yaml", """
                year: 2028
                holidays:
                  - {from: 2028-01-01, to: 2028-01-01, name: 元旦}
                workdays: [2028-01-08]
                """);

        HolidayCalendar calendar = loadWithExternalDir();

        assertThat(calendar.years()).extracting(CalendarYear::year).containsExactly(2026, 2027, 2028);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2028-01-08"))).isTrue();
    }

    @Test
    void acceptsALateDecemberDateOfThePreviousYear() throws IOException {
        write("cn-2028.yaml", """
                year: 2028
                holidays:
                  - {from: 2027-12-30, to: 2028-01-01, name: 元旦}
                """);

        assertThat(loadWithExternalDir().isWorkingDay(LocalDate.parse("2027-12-30"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            bad date          | cn-2028.yaml | `year: 2028\\nworkdays: [2028-13-01]`                                        | bad date '2028-13-01'
            to before from    | cn-2028.yaml | `year: 2028\\nholidays: [{from: 2028-05-05, to: 2028-05-01, name: 劳动节}]` | '劳动节' ends (2028-05-01) before it starts (2028-05-05)
            year mismatch     | cn-2028.yaml | `year: 2029`                                                                 | year 2029 does not match the file name cn-2028.yaml
            date off the year | cn-2028.yaml | `year: 2028\\nworkdays: [2029-01-02]`                                        | 2029-01-02 is not in 2028
            missing year      | cn-2028.yaml | `holidays: []`                                                               | 'year' is missing
            missing to        | cn-2028.yaml | `year: 2028\\nholidays: [{from: 2028-05-01}]`                                | holiday (unnamed) 'to' is missing
            typo in a key     | cn-2028.yaml | `year: 2028\\nworkday: [2028-01-08]`                                         | unknown key 'workday'; the keys are [
            empty file        | cn-2028.yaml | ``                                                                           | the file is empty
            only comments     | cn-2028.yaml | `# year: 2028`                                                               | the file is empty
            bad file name     | cn-28.yaml   | `year: 2028`                                                                 | the file name must be cn-YYYY.yaml
            """)
    void aMalformedFileStopsLoadingAndIsNamed(String problem, String fileName, String content, String message) throws IOException {
        Path file = write(fileName, content.replace("\\n", "\n"));

        assertThatThrownBy(this::loadWithExternalDir)
                .isInstanceOf(InvalidCalendarFileException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining(message);
    }

    @Test
    void aMissingExternalFolderStopsLoading() {
        Path missing = dir.resolve("missing");
        CalendarLoader loader = new CalendarLoader(new PathMatchingResourcePatternResolver(), Optional.of(missing));

        assertThatThrownBy(loader::load).hasMessageContaining(missing.toString()).hasMessageContaining("not a folder");
    }

    private HolidayCalendar loadWithExternalDir() {
        return new CalendarLoader(new PathMatchingResourcePatternResolver(), Optional.of(dir)).load();
    }

    private Path write(String fileName, String content) throws IOException {
        return Files.writeString(dir.resolve(fileName), content);
    }
}
