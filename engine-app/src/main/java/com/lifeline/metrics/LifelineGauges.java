package com.lifeline.metrics;

import com.lifeline.notification.Outbox;
import com.lifeline.quality.QualityFigures;
import com.lifeline.quality.QualityReport;
import com.lifeline.quality.QualityReports;
import com.lifeline.taskkind.TaskKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.camunda.bpm.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The gauges of {@code /actuator/prometheus}. A scrape only reads the last snapshot (a few map look-ups);
 * the snapshot is recounted on this node's own schedule ({@code lifeline.metrics.*-refresh}) by one
 * background thread, or on demand by {@link #refresh()}. Labels are department codes ({@value #OVERALL}
 * for all customers, {@code -} for owners in no department), task kinds and outbox states: never a
 * person, a customer or a task id. Before the first count the gauges read NaN.
 */
@Component
class LifelineGauges implements SmartLifecycle {

    static final String OVERALL = "all";
    static final String NO_KIND = "none";
    private static final Logger log = LoggerFactory.getLogger(LifelineGauges.class);

    /** The seven figures of DOMAIN.md (数据质量), and the customers they are over. */
    private static final List<Figure> FIGURES = List.of(
            new Figure("lifeline.quality.customers", "customers whose owner is in the department", f -> f.customers()),
            new Figure("lifeline.quality.required.field.fill.rate", "filled required fields / required fields (13 per customer)",
                    QualityFigures::requiredFieldFillRate),
            new Figure("lifeline.quality.silent.over.month.share", "ACTIVE customers without interaction for over a month / ACTIVE customers",
                    QualityFigures::silentOverMonthShare),
            new Figure("lifeline.quality.invalid.contact.rate", "current emergency contacts marked INVALID / current contacts",
                    QualityFigures::invalidContactRate),
            new Figure("lifeline.quality.fewer.than.two.valid.contacts", "ACTIVE customers with fewer than two valid contacts",
                    f -> f.fewerThanTwoValidContacts()),
            new Figure("lifeline.quality.overdue.verifications", "open verification tasks past their due date",
                    f -> f.overdueVerifications()),
            new Figure("lifeline.quality.review.sla.breaches", "customers whose entry review was escalated",
                    f -> f.reviewSlaBreaches()),
            new Figure("lifeline.quality.late.entries", "customers entered later than 24 h after first contact",
                    f -> f.lateEntries()));

    private final QualityReports quality;
    private final Outbox outbox;
    private final MetricsMapper mapper;
    private final ManagementService management;
    private final MetricsProperties properties;
    private final Clock clock;

    private final Map<Figure, MultiGauge> figureGauges = new LinkedHashMap<>();
    private final MultiGauge openTasks;
    private final MultiGauge overdueTasks;
    private final Object qualityLock = new Object();
    private final Object healthLock = new Object();

    private volatile QualitySnapshot qualitySnapshot = new QualitySnapshot(null, Map.of());
    private volatile HealthSnapshot healthSnapshot = new HealthSnapshot(null, Map.of(), Double.NaN, Double.NaN, Double.NaN);
    private ScheduledExecutorService scheduler;

    LifelineGauges(MeterRegistry registry, QualityReports quality, Outbox outbox, MetricsMapper mapper,
                   ManagementService management, MetricsProperties properties, Clock clock) {
        this.quality = quality;
        this.outbox = outbox;
        this.mapper = mapper;
        this.management = management;
        this.properties = properties;
        this.clock = clock;
        for (Figure figure : FIGURES) {
            figureGauges.put(figure, MultiGauge.builder(figure.name()).description(figure.description()).register(registry));
        }
        openTasks = MultiGauge.builder("lifeline.tasks.open").description("open user tasks by task kind").register(registry);
        overdueTasks = MultiGauge.builder("lifeline.tasks.overdue").description("open user tasks past their due date, by task kind")
                .register(registry);
        Gauge.builder("lifeline.outbox.notices", this, g -> g.healthSnapshot.undelivered())
                .description("outbox notices by state: pending (waiting or being sent), failed (given up)")
                .tag("state", "pending").register(registry);
        Gauge.builder("lifeline.outbox.notices", this, g -> g.healthSnapshot.failed())
                .description("outbox notices by state: pending (waiting or being sent), failed (given up)")
                .tag("state", "failed").register(registry);
        Gauge.builder("lifeline.jobs.failed", this, g -> g.healthSnapshot.failedJobs())
                .description("Camunda jobs with no retries left (each has an incident in Cockpit)").register(registry);
        Gauge.builder("lifeline.metrics.refreshed.timestamp.seconds", this, g -> epochSeconds(g.qualitySnapshot.at()))
                .description("when this node last counted the gauges, by part").tag("part", "quality").register(registry);
        Gauge.builder("lifeline.metrics.refreshed.timestamp.seconds", this, g -> epochSeconds(g.healthSnapshot.at()))
                .description("when this node last counted the gauges, by part").tag("part", "health").register(registry);
    }

    /** Both parts now (tests, and whoever must see a change before the next scheduled count). */
    void refresh() {
        refreshQuality();
        refreshHealth();
    }

    void refreshQuality() {
        synchronized (qualityLock) {
            QualityReport report = quality.current();
            Map<String, QualityFigures> byDepartment = new LinkedHashMap<>();
            byDepartment.put(OVERALL, report.overall());
            report.departments().forEach(f -> byDepartment.put(f.departmentId(), f));
            qualitySnapshot = new QualitySnapshot(report.computedAt(), Map.copyOf(byDepartment));
            figureGauges.forEach((figure, gauge) -> {
                List<MultiGauge.Row<?>> rows = new ArrayList<>();
                for (String department : byDepartment.keySet()) {
                    rows.add(MultiGauge.Row.of(Tags.of("department", department), this,
                            g -> figure.read(g.qualitySnapshot.byDepartment().get(department))));
                }
                gauge.register(rows, false);
            });
        }
    }

    void refreshHealth() {
        synchronized (healthLock) {
            Instant now = clock.instant();
            Map<String, TaskCount> byKind = new LinkedHashMap<>();
            mapper.tasksByKind(now, TaskKind.VARIABLE, NO_KIND).forEach(c -> byKind.put(c.kind(), c));
            healthSnapshot = new HealthSnapshot(now, Map.copyOf(byKind), outbox.countUndelivered(), outbox.countFailed(),
                    management.createJobQuery().noRetriesLeft().count());
            List<MultiGauge.Row<?>> open = new ArrayList<>();
            List<MultiGauge.Row<?>> overdue = new ArrayList<>();
            for (String kind : byKind.keySet()) {
                open.add(MultiGauge.Row.of(Tags.of("kind", kind), this, g -> count(g, kind, TaskCount::openTasks)));
                overdue.add(MultiGauge.Row.of(Tags.of("kind", kind), this, g -> count(g, kind, TaskCount::overdueTasks)));
            }
            openTasks.register(open, false);
            overdueTasks.register(overdue, false);
        }
    }

    private static double count(LifelineGauges g, String kind, Function<TaskCount, Integer> value) {
        TaskCount count = g.healthSnapshot.byKind().get(kind);
        return count == null ? Double.NaN : value.apply(count);
    }

    private static double number(Number value) {
        return value == null ? Double.NaN : value.doubleValue();
    }

    private static double epochSeconds(Instant at) {
        return at == null ? Double.NaN : at.toEpochMilli() / 1000.0;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lifeline-metrics");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> quietly("quality", this::refreshQuality), 0,
                properties.qualityRefresh().toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(() -> quietly("health", this::refreshHealth), 0,
                properties.healthRefresh().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A failed count keeps the last snapshot and tries again at the next run (an exception would end the schedule). */
    private static void quietly(String part, Runnable refresh) {
        try {
            refresh.run();
        } catch (RuntimeException e) {
            log.warn("Metrics: counting {} failed, the gauges keep the last figures: {}", part, e.toString());
        }
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    private record Figure(String name, String description, Function<QualityFigures, Number> value) {

        /** NaN for a share with nothing to divide by, and for a department gone since the rows were made. */
        double read(QualityFigures figures) {
            return figures == null ? Double.NaN : number(value.apply(figures));
        }
    }

    private record QualitySnapshot(Instant at, Map<String, QualityFigures> byDepartment) {
    }

    private record HealthSnapshot(Instant at, Map<String, TaskCount> byKind, double undelivered, double failed,
                                  double failedJobs) {
    }
}
