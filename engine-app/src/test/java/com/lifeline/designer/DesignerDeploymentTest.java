package com.lifeline.designer;

import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/designer/deployments: designers only; unchanged models make no new version; uploads deploy with the forms. */
@LifelineIntegrationTest
class DesignerDeploymentTest {

    static final String URL = "/api/designer/deployments";
    static final String PASSWORD = "Demo-Pass-2026";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repository;

    @Test
    void onlyDesignersMayDeploy() {
        assertThat(rest.postForEntity(URL, null, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("sales1", PASSWORD).postForEntity(URL, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("mgr1", PASSWORD).postForEntity(URL, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void redeployingThePackagedModelsChangesNothing() {
        String current = repository.createProcessDefinitionQuery().processDefinitionKey("customer-entry")
                .latestVersion().singleResult().getDeploymentId();

        ResponseEntity<Map> response = rest.withBasicAuth("designer1", PASSWORD).postForEntity(URL, null, Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("changed", false).containsEntry("deploymentId", current);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("customer-entry")
                .latestVersion().singleResult().getDeploymentId()).isEqualTo(current);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUploadedModelIsDeployedWithThePackagedFormsAsANewVersion() throws Exception {
        int before = repository.createProcessDefinitionQuery().processDefinitionKey("customer-entry")
                .latestVersion().singleResult().getVersion();
        String changed = Files.readString(Path.of("..", "processes", "customer-entry.bpmn"))
                .replace("name=\"主管复核 ${customerLabel}\"", "name=\"主管复核(设计者上传) ${customerLabel}\"");

        ResponseEntity<Map> response = rest.withBasicAuth("designer1", PASSWORD)
                .postForEntity(URL, multipart("customer-entry.bpmn", changed), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        String deploymentId = (String) response.getBody().get("deploymentId");
        try {
            assertThat(response.getBody()).containsEntry("changed", true);
            assertThat((Iterable<Object>) response.getBody().get("resources"))
                    .contains("processes/customer-entry.bpmn", "forms/supervisor-review.form", "forms/customer-entry.form");
            var latest = repository.createProcessDefinitionQuery().processDefinitionKey("customer-entry")
                    .latestVersion().singleResult();
            assertThat(latest.getVersion()).isEqualTo(before + 1);
            assertThat(latest.getDeploymentId()).isEqualTo(deploymentId);
            assertThat(repository.getBpmnModelInstance(latest.getId()).getModelElementById("Task_SupervisorReview")
                    .getAttributeValue("name")).startsWith("主管复核(设计者上传)");
        } finally {
            // the context is shared: later tests start the packaged version again
            repository.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void otherFilesAndBrokenModelsAreRefused() {
        var designer = rest.withBasicAuth("designer1", PASSWORD);
        assertThat(designer.postForEntity(URL, multipart("run.sh", "rm -rf /"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> broken = designer.postForEntity(URL, multipart("broken.bpmn",
                "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><process id=\"x\" isExecutable=\"true\">"), String.class);
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("x").count()).isZero();
    }

    @Test
    void aModelSavedUnderAnotherNameIsRefusedNamingThePackagedFileWithTheSameId() throws Exception {
        long versions = repository.createProcessDefinitionQuery().processDefinitionKey("customer-entry").count();
        String copy = Files.readString(Path.of("..", "processes", "customer-entry.bpmn"));

        ResponseEntity<Map> response = rest.withBasicAuth("designer1", PASSWORD)
                .postForEntity(URL, multipart("customer-entry-copy.bpmn", copy), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).doesNotContainKey("existingCustomerNumber");
        assertThat(response.getBody().get("errors").toString())
                .contains("field=files", "customer-entry-copy.bpmn", "'customer-entry'", "processes/customer-entry.bpmn");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("customer-entry").count())
                .isEqualTo(versions);
    }

    static HttpEntity<MultiValueMap<String, Object>> multipart(String fileName, String content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("files", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }
}
