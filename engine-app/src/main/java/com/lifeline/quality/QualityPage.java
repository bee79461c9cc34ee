package com.lifeline.quality;

import com.lifeline.navigation.LifelinePage;
import com.lifeline.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/** 数据质量: the figures now per department, and a 12-month trend of one (guarded by its navigation entry). */
@LifelinePage
class QualityPage {

    private final QualityReports reports;
    private final Clock clock;

    QualityPage(QualityReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/quality")
    String quality(@RequestParam(required = false) String department, Model model, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        QualityReport report = reports.report(user);
        List<QualityReports.TrendPoint> trend = reports.trend(user, department);
        model.addAttribute("report", report);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("rows", Stream.concat(Stream.of(report.overall()), report.departments().stream()).toList());
        model.addAttribute("department", department == null ? "" : department);
        model.addAttribute("months", trend.stream().map(p -> p.month().toString()).toList());
        model.addAttribute("trend", List.of(
                TrendRow.of("必填字段填写率", trend, QualityFigures::requiredFieldFillRate, true),
                TrendRow.of("超过一个月无互动的客户占比", trend, QualityFigures::silentOverMonthShare, true),
                TrendRow.of("无效联系人比例", trend, QualityFigures::invalidContactRate, true),
                TrendRow.of("有效联系人不足两名的客户", trend, QualityFigures::fewerThanTwoValidContacts, false),
                TrendRow.of("逾期未完成的核查", trend, QualityFigures::overdueVerifications, false),
                TrendRow.of("复核超时", trend, QualityFigures::reviewSlaBreaches, false),
                TrendRow.of("首次接触 24 小时后才录入", trend, QualityFigures::lateEntries, false)));
        return "quality";
    }
}
