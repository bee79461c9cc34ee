package com.lifeline.quality;

import com.lifeline.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/quality/figures} (now) and {@code /api/quality/trend} (12 months), for lifeline.quality.viewers. */
@RestController
class QualityController {

    private final QualityReports reports;

    QualityController(QualityReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/quality/figures")
    QualityReport figures(Authentication authentication) {
        return reports.report(CurrentUser.of(authentication));
    }

    /** {@code department}: an org_department id, {@code -} for owners in none; without it: overall. */
    @GetMapping("/api/quality/trend")
    List<QualityReports.TrendPoint> trend(@RequestParam(required = false) String department, Authentication authentication) {
        return reports.trend(CurrentUser.of(authentication), department);
    }
}
