package com.lifeline.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDayExpressionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 working day       | 1
            2 working days      | 2
            ' 3 Working Days '  | 3
            1 WORKING DAY       | 1
            10working days      | 10
            0 working days      | 0
            5个工作日            | 5
            5 个工作日           | 5
            """)
    void readsTheNumberOfWorkingDays(String expression, int days) {
        assertThat(WorkingDayExpression.parse(expression)).hasValue(days);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT2H", "P7D", "2026-12-01T10:00:00", "1 workday", "working days", "-1 working day",
            "1.5 working days", "12345 working days", "1 working day later"})
    void leavesEverythingElseToCamunda(String expression) {
        assertThat(WorkingDayExpression.parse(expression)).isEmpty();
    }
}
