package com.lifeline.support;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Instant;
import java.util.Date;

/**
 * The engine clock stands at one instant when each test starts, so timers and working-day due
 * dates never depend on today: {@code @RegisterExtension final EngineClock clock = EngineClock.startingAt(FRIDAY);}
 */
public final class EngineClock implements BeforeEachCallback, AfterEachCallback {

    private final Instant start;

    private EngineClock(Instant start) {
        this.start = start;
    }

    public static EngineClock startingAt(Instant start) {
        return new EngineClock(start);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ClockUtil.setCurrentTime(Date.from(start));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }
}
