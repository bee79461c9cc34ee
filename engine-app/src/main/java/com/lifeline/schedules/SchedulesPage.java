package com.lifeline.schedules;

import com.lifeline.navigation.LifelinePage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 计划任务: the schedules, their last runs and a sweep's progress; the buttons call /api/admin/schedules. */
@LifelinePage
class SchedulesPage {

    private final Schedules schedules;

    SchedulesPage(Schedules schedules) {
        this.schedules = schedules;
    }

    @GetMapping("/admin/schedules")
    String schedules(Model model) {
        model.addAttribute("schedules", schedules.list());
        return "admin-schedules";
    }
}
