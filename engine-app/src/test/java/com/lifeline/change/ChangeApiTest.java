package com.lifeline.change;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** PUT/POST/DELETE of customers and contacts, and the directory's 修改: key fields hidden until confirmed, optimistic locking, refusals that change nothing. */
@LifelineIntegrationTest
class ChangeApiTest {

    private static final String PASSWORD = "Demo-Pass-2026";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ChangeTestSupport support;
    @Autowired
    ChangeConfirmations confirmations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;

    @Test
    void aKeyFieldChangeIsNotVisibleUntilConfirmedAndARefusedOneNeverApplies() {
        String number = support.activeCompany();
        EmergencyContact first = support.contacts(number).get(0);

        ResponseEntity<JsonNode> pending = call("sales1", HttpMethod.PUT, "/api/customers/" + number + "/contacts/" + first.id(),
                Map.of("reason", "CUSTOMER_REQUEST", "contact", Map.of("phone", "13900139001")));

        assertThat(pending.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pending.getBody().get("status").asText()).isEqualTo("PENDING_CONFIRMATION");
        assertThat(contactPhones(number)).contains(first.phone()).doesNotContain("+8613900139001");
        confirmations.refuse(support.linkToken(pending.getBody().get("changeId").asLong()), "号码不对");
        assertThat(contactPhones(number)).contains(first.phone()).doesNotContain("+8613900139001");
        assertThat(support.changeLog(number, "contact[" + first.id() + "].phone")).isEmpty();

        ResponseEntity<JsonNode> second = call("sales1", HttpMethod.PUT, "/api/customers/" + number + "/contacts/" + first.id(),
                Map.of("reason", "CUSTOMER_REQUEST", "contact", Map.of("phone", "13900139002")));
        confirmations.confirm(support.linkToken(second.getBody().get("changeId").asLong()));
        assertThat(contactPhones(number)).contains("+8613900139002");
    }

    @Test
    void theDirectorysChangeButtonOpensTheFormTaskForItsOwnerOnly() {
        String number = support.activeCompany();

        ResponseEntity<JsonNode> started = call("sales1", HttpMethod.POST, "/api/customers/" + number + "/changes",
                Map.of("reason", "CUSTOMER_REQUEST"));

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String taskId = started.getBody().get("taskId").asText();
        assertThat(started.getBody().get("taskUrl").asText()).isEqualTo("/camunda/app/tasklist/default/#/?task=" + taskId);
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_EditChange");
        assertThat(task.getAssignee()).isEqualTo("sales1");
        assertThat(task.getProcessDefinitionId()).startsWith(CustomerChanges.PROCESS_KEY + ":");

        ResponseEntity<JsonNode> foreign = call("sales2", HttpMethod.POST, "/api/customers/" + number + "/changes",
                Map.of("reason", "CUSTOMER_REQUEST"));
        ResponseEntity<JsonNode> otherWithoutText = call("sales1", HttpMethod.POST, "/api/customers/" + number + "/changes",
                Map.of("reason", "OTHER"));
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(otherWithoutText.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(otherWithoutText.getBody().at("/errors/0/field").asText()).isEqualTo("changeReasonText");
        assertThat(tasks.createTaskQuery().processDefinitionKey(CustomerChanges.PROCESS_KEY)
                .processVariableValueEquals(ChangeVariables.CUSTOMER_NUMBER, number).count()).isEqualTo(1);
    }

    @Test
    void theSecondWriterOfTheSameVersionGetsAConflict() {
        String number = support.activeCompany();
        int version = support.version(number);

        ResponseEntity<JsonNode> first = call("sales1", HttpMethod.PUT, "/api/customers/" + number,
                Map.of("reason", "ERROR_CORRECTION", "version", version, "customer", Map.of("tags", "第一次")));
        ResponseEntity<JsonNode> second = call("sup1", HttpMethod.PUT, "/api/customers/" + number,
                Map.of("reason", "ERROR_CORRECTION", "version", version, "customer", Map.of("tags", "第二次")));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().at("/errors/0/message").asText()).isEqualTo("已被他人修改,请重新加载");
        assertThat(support.version(number)).isEqualTo(version + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_change WHERE customer_number = ?", Integer.class, number))
                .isEqualTo(1);
    }

    @Test
    void unknownAndOutOfScopeCustomersAreNotFound() {
        String number = support.activeCompany();
        Map<String, Object> body = Map.of("reason", "ERROR_CORRECTION", "customer", Map.of("tags", "x"));

        assertThat(call("sales1", HttpMethod.PUT, "/api/customers/SH1999999", body).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(call("sales2", HttpMethod.PUT, "/api/customers/" + number, body).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(call("service1", HttpMethod.PUT, "/api/customers/" + number, body).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(call("sales1", HttpMethod.PUT, "/api/customers/" + number + "/contacts/999999999",
                Map.of("reason", "ERROR_CORRECTION", "contact", Map.of("phone", "13900139003"))).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertUnchanged(number, 0);
    }

    @Test
    void badInputIsRefusedWithItsFieldAndChangesNothing() {
        String number = support.activeCompany();
        int version = support.version(number);
        EmergencyContact first = support.contacts(number).get(0);
        EmergencyContact second = support.contacts(number).get(1);

        ResponseEntity<JsonNode> noReason = call("sales1", HttpMethod.PUT, "/api/customers/" + number,
                Map.of("customer", Map.of("tags", "x")));
        ResponseEntity<JsonNode> otherWithoutText = call("sales1", HttpMethod.PUT, "/api/customers/" + number,
                Map.of("reason", "OTHER", "customer", Map.of("tags", "x")));
        ResponseEntity<JsonNode> badPhone = call("sales1", HttpMethod.PUT, "/api/customers/" + number + "/contacts/" + first.id(),
                Map.of("reason", "ERROR_CORRECTION", "contact", Map.of("phone", "12345")));
        ResponseEntity<JsonNode> secondLast = call("sales1", HttpMethod.DELETE,
                "/api/customers/" + number + "/contacts/" + second.id() + "?reason=ORGANISATION_CHANGE", null);
        ResponseEntity<JsonNode> nothing = call("sales1", HttpMethod.PUT, "/api/customers/" + number,
                Map.of("reason", "ERROR_CORRECTION", "customer", Map.of()));

        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().at("/errors/0/field").asText()).isEqualTo("changeReason");
        assertThat(otherWithoutText.getBody().at("/errors/0/field").asText()).isEqualTo("changeReasonText");
        assertThat(badPhone.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badPhone.getBody().at("/errors/0/field").asText()).isEqualTo("contact[" + first.id() + "].phone");
        assertThat(badPhone.getBody().at("/errors/0/message").asText()).contains("不是有效的手机或座机号码");
        assertThat(secondLast.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(secondLast.getBody().at("/errors/0/message").asText()).contains("至少需要 2 名紧急联系人");
        assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nothing.getBody().at("/errors/0/message").asText()).isEqualTo("没有任何字段被修改");
        assertUnchanged(number, version);
        assertThat(support.contacts(number)).hasSize(2);
        assertThat(support.contacts(number).get(0).phone()).isEqualTo(first.phone());
    }

    @Test
    void theHistoryIsMaskedForServiceAndFullForTheOwner() {
        String number = support.activeCompany();
        EmergencyContact first = support.contacts(number).get(0);
        call("sales1", HttpMethod.PUT, "/api/customers/" + number + "/contacts/" + first.id(),
                Map.of("reason", "CUSTOMER_REQUEST", "contact", Map.of("email", "owner-" + first.id() + "@example.com")));

        JsonNode owner = call("sales1", HttpMethod.GET, "/api/customers/" + number + "/history", null).getBody();
        JsonNode service = call("service1", HttpMethod.GET, "/api/customers/" + number + "/history", null).getBody();

        assertThat(owner.toString()).contains("owner-" + first.id() + "@example.com");
        assertThat(service.toString()).doesNotContain("owner-" + first.id() + "@example.com").contains("@example.com");
        assertThat(call("sales2", HttpMethod.GET, "/api/customers/" + number + "/history", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("sales1", PASSWORD).getForEntity("/customers/" + number + "/history", String.class)
                .getBody()).contains("变更记录", "紧急联系人[" + first.id() + "] 电子邮箱", "owner-" + first.id() + "@example.com");
    }

    private void assertUnchanged(String number, int version) {
        assertThat(support.version(number)).isEqualTo(version);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_change WHERE customer_number = ?", Integer.class, number))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM change_log l JOIN customer c ON c.id = l.customer_id "
                + "WHERE c.customer_number = ? AND l.change_id IS NOT NULL", Integer.class, number)).isZero();
    }

    private java.util.List<String> contactPhones(String number) {
        JsonNode view = call("sales1", HttpMethod.GET, "/api/customers/" + number, null).getBody();
        java.util.List<String> phones = new java.util.ArrayList<>();
        view.get("contacts").forEach(c -> phones.add(c.get("phone").asText()));
        return phones;
    }

    private ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, PASSWORD).exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
