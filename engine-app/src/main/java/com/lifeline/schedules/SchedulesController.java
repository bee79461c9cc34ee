package com.lifeline.schedules;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Admins and IT operations (SecurityConfiguration guards /api/admin/schedules) see and change the schedules. */
@RestController
@RequestMapping("/api/admin/schedules")
class SchedulesController {

    private final Schedules schedules;

    SchedulesController(Schedules schedules) {
        this.schedules = schedules;
    }

    /** Either field may be left out: {@code cron} re-times, {@code paused} pauses or resumes. */
    record Change(String cron, Boolean paused) {
    }

    @GetMapping
    List<Schedule> list() {
        return schedules.list();
    }

    @GetMapping("/{group}/{name}")
    Schedule get(@PathVariable String group, @PathVariable String name) {
        return schedules.get(group, name);
    }

    @PutMapping("/{group}/{name}")
    Schedule change(@PathVariable String group, @PathVariable String name, @RequestBody Change change,
                    Authentication authentication) {
        return schedules.change(group, name, change.cron(), change.paused(), authentication.getName());
    }

    @PostMapping("/{group}/{name}/fire")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void fire(@PathVariable String group, @PathVariable String name, Authentication authentication) {
        schedules.fireNow(group, name, authentication.getName());
    }
}
