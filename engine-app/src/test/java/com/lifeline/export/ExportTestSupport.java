package com.lifeline.export;

import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.entry.EntrySubmission.CustomerPart;
import com.lifeline.entry.EntrySubmissions;
import com.lifeline.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A fresh sales user per call (in 华东一组: supervisor sup1, department head mgr1), so each test's customers,
 * daily counts and exports are its own; customers entered for them with a tag of the test's own; the
 * archive opened with 7-Zip, as a requester would.
 */
@Component
class ExportTestSupport {

    static final String PASSWORD = "Export-Test-2026";

    private final EntrySubmissions submissions;
    private final ExportRequests requests;
    private final TaskService tasks;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;

    ExportTestSupport(EntrySubmissions submissions, ExportRequests requests, TaskService tasks, IdentityService identity,
                      JdbcTemplate jdbc) {
        this.submissions = submissions;
        this.requests = requests;
        this.tasks = tasks;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    CurrentUser newRequester() {
        String id = "exp" + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(id);
        user.setFirstName("导出");
        user.setLastName("测试");
        user.setEmail(id + "@lifeline.local");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, "sales");
        jdbc.update("INSERT INTO org_member (user_id, team_id, supervisor_user_id) VALUES (?, 'SH-A', 'sup1')", id);
        return new CurrentUser(id, List.of("sales"));
    }

    static String newTag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code count} companies owned by {@code owner}, tagged {@code tags}; their numbers. */
    List<String> enter(CurrentUser owner, int count, String tags, boolean marketingConsent) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            EntrySubmission base = EntryExamples.company();
            CustomerPart c = base.customer();
            EntrySubmission entry = new EntrySubmission(new CustomerPart(c.kind(), c.name(), c.phone(), c.email(), c.region(),
                    c.province(), c.city(), c.district(), c.street(), c.streetNumber(), c.needs(), c.firstContactAt(),
                    c.sourceType(), c.industry(), c.companySize(), c.preferences(), c.historyNotes(), tags),
                    base.contacts(), new EntrySubmission.ConsentPart(true, true, marketingConsent, "FORM", "F-" + UUID.randomUUID()));
            numbers.add(submissions.submit(entry, null, owner).customerNumber());
        }
        return numbers;
    }

    static NewExport ask(String tag, List<String> fields, boolean unmask) {
        return new NewExport(new NewExport.Filter(null, null, null, null, tag, null, null), fields,
                "季度客户回访,核对紧急联系人", "SERVICE", 7, "仅存放在公司加密笔记本,回访结束后删除", "CSV", unmask);
    }

    ExportRequest request(CurrentUser user, String tag, List<String> fields, boolean unmask) {
        return requests.request(user, ask(tag, fields, unmask));
    }

    Task task(ExportRequest request, String key) {
        return tasks.createTaskQuery().processInstanceId(requests.find(request.id()).processInstanceId())
                .taskDefinitionKey(key).singleResult();
    }

    void decide(ExportRequest request, String key, String decision) {
        tasks.complete(task(request, key).getId(), Map.of("exportDecision", decision,
                "exportDecisionReason", "REJECT".equals(decision) ? "用途不够具体,范围过大" : "用途明确,保护措施充分"));
    }

    ExportRequest reload(ExportRequest request) {
        return requests.find(request.id());
    }

    ExportRequest byId(long id) {
        return requests.find(id);
    }

    /** The CSV inside the archive, extracted by 7-Zip with {@code password}; null when 7-Zip refuses. */
    static byte[] openWith7z(Path archive, String password) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("7z", "x", "-p" + password, "-so", archive.toString()).redirectErrorStream(false).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("7z did not finish");
        }
        return p.exitValue() == 0 ? out.toByteArray() : null;
    }

    /** The archive's encryption as 7-Zip lists it (e.g. "AES-256 Deflate"). */
    static String methodOf(Path archive) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("7z", "l", "-slt", "-p-", archive.toString()).redirectErrorStream(true).start();
        String listing = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return listing.lines().filter(l -> l.startsWith("Method = ")).findFirst().orElse("").substring("Method = ".length());
    }

    static Path file(ExportProperties properties, ExportRequest request) {
        return properties.directory().resolve(request.fileName());
    }

    static boolean exists(ExportProperties properties, ExportRequest request) {
        return request.fileName() != null && Files.exists(file(properties, request));
    }
}
