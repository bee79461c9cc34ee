package com.lifeline.org;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the Camunda webapps' bundles with every place that shows a staff member as
 * "firstName lastName" changed to family name first: 李明, not "明 李". The webapps have no setting
 * for the order. The changed places call {@code window.lifelinePersonName} or, in templates, the
 * {@code personName} filter, both from tasklist/scripts/person-name.js (loaded by every config.js).
 * <p>
 * The places are exact snippets of the 7.24.0 bundles (the last community release). A snippet that
 * is not found as often as expected leaves the bundle as Camunda wrote it, with a WARN: names then
 * show given name first again, nothing breaks. WebappNameOrderTest fails in that case.
 */
@RestController
class WebappNameOrder {

    private static final Logger log = LoggerFactory.getLogger(WebappNameOrder.class);
    private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

    /** One place: the bundle's text, what it becomes, and how often it occurs. */
    record Patch(String original, String replacement, int occurrences) {
    }

    record Patched(String content, List<String> missing) {
    }

    static final Map<String, List<Patch>> PATCHES = Map.of(
            "tasklist", List.of(
                    // the header's user menu
                    new Patch("r.userFullName=t.firstName+\" \"+t.lastName",
                            "r.userFullName=window.lifelinePersonName(t)", 1),
                    // the assignee in the task list
                    new Patch("n=t.firstName||t.lastName;return n?(t.firstName||\"\")+\" \"+(t.lastName||\"\"):",
                            "n=t.firstName||t.lastName;return n?window.lifelinePersonName(t):", 1),
                    // the assignee in the task view's header
                    new Patch("{{ assignee.firstName }} {{ assignee.lastName }}", "{{ assignee | personName }}", 1)),
            "cockpit", List.of(
                    new Patch("e.userFullName=n.firstName+\" \"+n.lastName",
                            "e.userFullName=window.lifelinePersonName(n)", 1),
                    // assignees in a process instance's user tasks
                    new Patch("return t?t.firstName+\" \"+t.lastName:e",
                            "return t?window.lifelinePersonName(t)||e:e", 1),
                    new Patch("t.firstName&&t.lastName?n.data.user=t.firstName+\" \"+t.lastName:n.data.user=l",
                            "n.data.user=window.lifelinePersonName(t)||l", 1)),
            "welcome", List.of(
                    new Patch("i.$root.userFullName=t.firstName+\" \"+t.lastName",
                            "i.$root.userFullName=window.lifelinePersonName(t)", 1),
                    // the profile card
                    new Patch("{{ user.firstName }} {{ user.lastName }}", "{{ user | personName }}", 1)),
            "admin", List.of(
                    new Patch("t.userFullName=n.firstName+\" \"+n.lastName",
                            "t.userFullName=window.lifelinePersonName(n)", 2),
                    // the user page's title and heading
                    new Patch("[t.user.firstName,t.user.lastName].filter((function(t){return!!t})).join(\" \")",
                            "window.lifelinePersonName(t.user)", 1),
                    new Patch("{{user.firstName}} {{user.lastName}}", "{{ user | personName }}", 1)));

    private final Map<String, byte[]> served = new ConcurrentHashMap<>();

    @GetMapping({"/camunda/app/tasklist/camunda-tasklist-bootstrap.js", "/camunda/app/cockpit/camunda-cockpit-bootstrap.js",
            "/camunda/app/welcome/camunda-welcome-bootstrap.js", "/camunda/app/admin/camunda-admin-bootstrap.js"})
    ResponseEntity<byte[]> bundle(HttpServletRequest request) {
        String app = request.getServletPath().split("/")[3];
        return ResponseEntity.ok().contentType(JAVASCRIPT).body(served.computeIfAbsent(app, this::patchedBundle));
    }

    private byte[] patchedBundle(String app) {
        Patched patched = patch(app, original(app));
        if (!patched.missing().isEmpty()) {
            log.warn("Camunda's {} bundle differs from 7.24.0: staff names stay given name first there (not found: {})",
                    app, patched.missing());
            return original(app).getBytes(StandardCharsets.UTF_8);
        }
        return patched.content().getBytes(StandardCharsets.UTF_8);
    }

    static String original(String app) {
        var bundle = new ClassPathResource("META-INF/resources/webjars/camunda/app/" + app + "/camunda-" + app + "-bootstrap.js");
        try {
            return bundle.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the Camunda webjar has no " + app + " bundle", e);
        }
    }

    /** Applies every place of the app's list; {@code missing} names those not found as often as expected. */
    static Patched patch(String app, String bundle) {
        String content = bundle;
        List<String> missing = new ArrayList<>();
        for (Patch patch : PATCHES.get(app)) {
            if (occurrences(content, patch.original()) != patch.occurrences()) {
                missing.add(patch.original());
            }
            content = content.replace(patch.original(), patch.replacement());
        }
        return new Patched(content, missing);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
