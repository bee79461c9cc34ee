package com.lifeline.schedules;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** /api/admin/schedules on the shared context's real scheduler, over a probe schedule of its own. */
@LifelineIntegrationTest
class SchedulesApiTest {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "Lifeline-Admin-2026";
    private static final String PASSWORD = "Demo-Pass-2026";
    private static final JobKey PROBE = JobKey.jobKey("schedulesProbe", "schedules-test");
    private static final String PROBE_PATH = "/api/admin/schedules/schedules-test/schedulesProbe";
    /** 03:00 on the 1st of January: never fires while the test runs */
    private static final String YEARLY = "0 0 3 1 1 ?";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Scheduler scheduler;
    @Autowired
    Schedules schedules;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void probeSchedule() throws Exception {
        JobDetail job = JobBuilder.newJob(ProbeJob.class).withIdentity(PROBE).withDescription("测试计划").storeDurably().build();
        scheduler.addJob(job, true);
        scheduler.scheduleJob(trigger(YEARLY));
    }

    @AfterEach
    void removeProbe() throws Exception {
        scheduler.deleteJob(PROBE);
        jdbc.update("DELETE FROM schedule_override WHERE trigger_group = 'schedules-test'");
    }

    @Test
    void adminsAndItOpsSeeEverySchedule() {
        ResponseEntity<JsonNode> asAdmin = send(ADMIN, ADMIN_PASSWORD, HttpMethod.GET, "/api/admin/schedules", null);
        ResponseEntity<JsonNode> asItOps = send("itops1", PASSWORD, HttpMethod.GET, "/api/admin/schedules", null);

        assertThat(asAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asItOps.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode retention = find(asAdmin.getBody(), "deletion", "retentionSweep");
        assertThat(retention.get("cron").asText()).isEqualTo("0 0 3 1 * ?");
        assertThat(retention.get("timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(retention.get("nextFireAt").isNull()).isFalse();
        JsonNode probe = find(asItOps.getBody(), "schedules-test", "schedulesProbe");
        assertThat(probe.get("description").asText()).isEqualTo("测试计划");
        assertThat(probe.get("state").asText()).isEqualTo("NORMAL");
    }

    @Test
    void staffOutsideAdminAndItOpsAreRefused() {
        for (String user : new String[]{"sales1", "mgr1", "compliance1", "designer1"}) {
            assertThat(send(user, PASSWORD, HttpMethod.GET, "/api/admin/schedules", null).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send(user, PASSWORD, HttpMethod.PUT, PROBE_PATH, "{\"paused\": true}").getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(send(user, PASSWORD, HttpMethod.POST, PROBE_PATH + "/fire", null).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(state()).isEqualTo(Trigger.TriggerState.NORMAL);
    }

    @Test
    void aBadCronIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
        for (String bad : new String[]{"every monday", "0 0 3 1 1 MON", "0 0 25 * * ?", "0 0 3 1 1 ? 2020"}) {
            ResponseEntity<JsonNode> answer = send(ADMIN, ADMIN_PASSWORD, HttpMethod.PUT, PROBE_PATH, "{\"cron\": \"" + bad + "\"}");

            assertThat(answer.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("cron");
            assertThat(answer.getBody().get("errors").get(0).get("message").asText()).isNotBlank();
        }
        assertThat(((CronTrigger) scheduler.getTrigger(probeKey())).getCronExpression()).isEqualTo(YEARLY);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM schedule_override WHERE trigger_group = 'schedules-test'",
                Integer.class)).isZero();
    }

    @Test
    void anUnknownScheduleIsNotFound() {
        assertThat(send(ADMIN, ADMIN_PASSWORD, HttpMethod.PUT, "/api/admin/schedules/nope/nothing", "{\"paused\": true}")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aReTimedAndPausedScheduleStaysSoAfterARestartRebuildsItFromConfiguration() throws Exception {
        ResponseEntity<JsonNode> retimed = send("itops1", PASSWORD, HttpMethod.PUT, PROBE_PATH,
                "{\"cron\": \"0 30 4 1 7 ?\", \"paused\": true}");

        assertThat(retimed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retimed.getBody().get("cron").asText()).isEqualTo("0 30 4 1 7 ?");
        assertThat(retimed.getBody().get("state").asText()).isEqualTo("PAUSED");
        assertThat(((CronTrigger) scheduler.getTrigger(probeKey())).getTimeZone().getID()).isEqualTo("Asia/Shanghai");

        // a restart stores the trigger from application.yml again (overwrite-existing-jobs), unpaused
        scheduler.rescheduleJob(probeKey(), trigger(YEARLY));
        assertThat(state()).isEqualTo(Trigger.TriggerState.NORMAL);
        schedules.applyOverrides();

        assertThat(((CronTrigger) scheduler.getTrigger(probeKey())).getCronExpression()).isEqualTo("0 30 4 1 7 ?");
        assertThat(state()).isEqualTo(Trigger.TriggerState.PAUSED);

        send(ADMIN, ADMIN_PASSWORD, HttpMethod.PUT, PROBE_PATH, "{\"paused\": false}");
        assertThat(state()).isEqualTo(Trigger.TriggerState.NORMAL);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE actor = 'itops1' AND detail LIKE ?",
                Integer.class, "schedule schedules-test/schedulesProbe%")).isEqualTo(2);
    }

    @Test
    void fireNowRunsTheJobOnceAndItsOutcomeIsListed() {
        ProbeJob.runs = 0;
        ResponseEntity<JsonNode> fired = send(ADMIN, ADMIN_PASSWORD, HttpMethod.POST, PROBE_PATH + "/fire", null);

        assertThat(fired.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> schedules.get("schedules-test", "schedulesProbe").lastRun() != null
                && schedules.get("schedules-test", "schedulesProbe").lastRun().finishedAt() != null);
        Schedule.LastRun run = schedules.get("schedules-test", "schedulesProbe").lastRun();
        assertThat(run.outcome()).isEqualTo("SUCCEEDED");
        assertThat(run.runningSince()).isNull();
        assertThat(run.node()).isNotBlank();
        assertThat(ProbeJob.runs).isEqualTo(1);
        // the one-off trigger of "fire now" is no schedule of its own
        assertThat(schedules.list()).noneMatch(s -> s.name().startsWith("MT_"));
    }

    @Test
    void thePageListsTheSchedulesForItOpsAndAdminsOnly() {
        ResponseEntity<String> page = rest.withBasicAuth("itops1", PASSWORD).getForEntity("/admin/schedules", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("计划任务", "季度联系人核实", "lifeline/verificationSweep", "测试计划", "立即运行", "暂停");
        assertThat(rest.withBasicAuth(ADMIN, ADMIN_PASSWORD).getForEntity("/admin/schedules", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("sales1", PASSWORD).getForEntity("/admin/schedules", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode navigation = rest.withBasicAuth("itops1", PASSWORD).getForObject("/api/me/navigation", JsonNode.class);
        assertThat(navigation.findValuesAsText("id")).contains("schedules");
    }

    @Test
    void theQuarterlySweepFiresOnceNowAfterAMissedFiring() throws Exception {
        Trigger sweep = scheduler.getTrigger(TriggerKey.triggerKey("verificationSweep", "lifeline"));

        assertThat(((CronTrigger) sweep).getCronExpression()).isEqualTo("0 0 2 1 1,4,7,10 ?");
        assertThat(sweep.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(scheduler.getJobDetail(sweep.getJobKey()).requestsRecovery()).isTrue();
    }

    private Trigger trigger(String cron) {
        return TriggerBuilder.newTrigger().withIdentity(probeKey()).forJob(PROBE)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone("Asia/Shanghai"))
                        .withMisfireHandlingInstructionFireAndProceed()).build();
    }

    private static TriggerKey probeKey() {
        return TriggerKey.triggerKey(PROBE.getName(), PROBE.getGroup());
    }

    private Trigger.TriggerState state() {
        try {
            return scheduler.getTriggerState(probeKey());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode find(JsonNode list, String group, String name) {
        for (JsonNode s : list) {
            if (s.get("group").asText().equals(group) && s.get("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no schedule " + group + "/" + name + " in " + list);
    }

    private ResponseEntity<JsonNode> send(String user, String password, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, password).exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** Counts its runs; Quartz makes a new one per run. */
    public static class ProbeJob implements Job {

        static volatile int runs;

        @Override
        public void execute(JobExecutionContext context) {
            runs++;
        }
    }
}
