package com.lifeline.support;

import com.lifeline.entry.EntryFormFields;
import com.lifeline.entry.EntrySubmission;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Starts customer-entry the way Tasklist does (a submitted start form) and reads what it queued. */
@Component
public class EntryTestSupport {

    private static final Pattern LINK_TOKEN = Pattern.compile("/c/([A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)");

    private final FormService forms;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;

    EntryTestSupport(FormService forms, RepositoryService repository, IdentityService identity, JdbcTemplate jdbc) {
        this.forms = forms;
        this.repository = repository;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    public ProcessInstance submitStartForm(String user, EntrySubmission submission) {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("customer-entry")
                .latestVersion().singleResult().getId();
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
        try {
            return forms.submitStartForm(definitionId, EntryFormFields.toVariables(submission));
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The signed-link token in the newest notice queued for this customer number. */
    public String confirmationToken(String customerNumber) {
        List<String> bodies = jdbc.queryForList(
                "SELECT body FROM outbox WHERE channel = 'EMAIL' AND subject LIKE ? ORDER BY id DESC",
                String.class, "%" + customerNumber + "%");
        for (String body : bodies) {
            Matcher matcher = LINK_TOKEN.matcher(body);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no confirmation link queued for " + customerNumber);
    }

    public Map<String, Object> customerRow(String customerNumber) {
        return jdbc.queryForMap("SELECT * FROM customer WHERE customer_number = ?", customerNumber);
    }

    public int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
