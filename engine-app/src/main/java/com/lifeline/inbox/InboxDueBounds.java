package com.lifeline.inbox;

import com.lifeline.calendar.WorkingDays;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;

/**
 * Called by the 即将到期 filter's stored query as {@code ${inboxDueBounds.oneWorkingDayFromNow()}}:
 * the engine resolves Spring beans in query expressions, and evaluates them each time the filter
 * is listed, so the bound moves with the clock and skips weekends and holidays.
 */
@Component("inboxDueBounds")
public class InboxDueBounds {

    private final WorkingDays workingDays;
    private final Clock clock;

    InboxDueBounds(WorkingDays workingDays, Clock clock) {
        this.workingDays = workingDays;
        this.clock = clock;
    }

    public Date oneWorkingDayFromNow() {
        return Date.from(workingDays.addWorkingDays(clock.instant(), 1));
    }
}
