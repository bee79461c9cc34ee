package com.lifeline.quality;

import com.lifeline.customer.NotAllowedException;
import com.lifeline.org.StaffGroups;
import com.lifeline.security.CurrentUser;
import com.lifeline.taskkind.TaskKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data-quality figures: on demand over the store, nightly into quality_snapshot, and their monthly trend. */
@Service
public class QualityReports {

    static final String NO_DEPARTMENT = "-";
    static final String OVERALL = "";
    static final int TREND_MONTHS = 12;
    private static final Logger log = LoggerFactory.getLogger(QualityReports.class);

    private final QualityMapper mapper;
    private final QualityProperties properties;
    private final Clock clock;

    QualityReports(QualityMapper mapper, QualityProperties properties, StaffGroups groups, Clock clock) {
        groups.requireKnown("lifeline.quality.viewers", properties.viewers());
        this.mapper = mapper;
        this.properties = properties;
        this.clock = clock;
    }

    public boolean maySee(CurrentUser user) {
        return user.groupIds().stream().anyMatch(properties.viewers()::contains);
    }

    /** The figures now, overall and per department. */
    public QualityReport report(CurrentUser user) {
        requireViewer(user);
        return report(clock.instant());
    }

    /** The figures now, for the Prometheus gauges (whose endpoint only admins reach; no viewer here). */
    public QualityReport current() {
        return report(clock.instant());
    }

    QualityReport report(Instant now) {
        List<DepartmentCounts> counts = counts(now);
        Map<String, String> names = departmentNames();
        List<QualityFigures> departments = counts.stream().map(c -> QualityFigures.of(c, names.get(c.departmentId()))).toList();
        return new QualityReport(now, QualityFigures.of(DepartmentCounts.total(counts), "全部"), departments);
    }

    /** Nightly: today's counts per department and overall (again the same day: replaced). */
    @Transactional
    public int snapshot() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<DepartmentCounts> counts = counts(now);
        List<DepartmentCounts> rows = new ArrayList<>(counts);
        rows.add(DepartmentCounts.total(counts));
        rows.forEach(c -> mapper.saveSnapshot(today, c, now));
        log.info("Quality snapshot of {}: {} rows", today, rows.size());
        return rows.size();
    }

    /** The last snapshot of each of the last 12 months (this one included), oldest first; months without one are left out. */
    public List<TrendPoint> trend(CurrentUser user, String departmentId) {
        requireViewer(user);
        return trend(departmentId == null ? OVERALL : departmentId);
    }

    List<TrendPoint> trend(String departmentId) {
        LocalDate from = YearMonth.from(LocalDate.now(clock)).minusMonths(TREND_MONTHS - 1).atDay(1);
        Map<String, String> names = departmentNames();
        return mapper.monthlySnapshots(from).stream().filter(s -> s.departmentId().equals(departmentId))
                .map(s -> new TrendPoint(YearMonth.from(s.takenOn()), s.takenOn(),
                        QualityFigures.of(s.counts(), OVERALL.equals(departmentId) ? "全部" : names.get(departmentId))))
                .toList();
    }

    private List<DepartmentCounts> counts(Instant now) {
        Instant silentBefore = ZonedDateTime.ofInstant(now, clock.getZone()).minus(properties.silentFor()).toInstant();
        return mapper.countsByDepartment(now, silentBefore, TaskKind.VARIABLE, TaskKind.VERIFICATION);
    }

    private Map<String, String> departmentNames() {
        Map<String, String> names = new LinkedHashMap<>();
        mapper.departments().forEach(row -> names.put(row.get("id"), row.get("name")));
        names.put(NO_DEPARTMENT, "(无部门)");
        return names;
    }

    private void requireViewer(CurrentUser user) {
        if (!maySee(user)) {
            throw new NotAllowedException("只有部门经理、数据委员会和数据维护专员可以查看数据质量");
        }
    }

    /** One month of the trend: the figures of its last snapshot. */
    public record TrendPoint(YearMonth month, LocalDate takenOn, QualityFigures figures) {
    }
}
