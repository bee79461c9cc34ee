package com.lifeline.security;

import com.lifeline.LifelineApplication;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.support.TestMailServer;
import com.lifeline.support.WebappCookies;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import javax.sql.DataSource;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database: this test's context (node A) and a second application context
 * (node B) started on A's embedded MariaDB. No sticky sessions: a login on A works on B, a logout
 * or a disable on A ends the session on B, and failed logins on A and B add up.
 */
@LifelineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterSessionTest {

    static final String PASSWORD = "Demo-Pass-2026";

    @Autowired
    TestRestTemplate nodeA;
    @Autowired
    DataSource dataSource;
    @Autowired
    IdentityService identity;

    ConfigurableApplicationContext contextB;
    TestRestTemplate nodeB;

    @Autowired
    org.springframework.core.env.Environment environment;

    @BeforeAll
    void startNodeB() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        String url = pool.getJdbcUrl();
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        // command-line arguments: they outrank application.yml (builder "properties" would not)
        contextB = new SpringApplicationBuilder(LifelineApplication.class)
                .profiles("test")
                .initializers(new TestMailServer.Initializer())
                .run("--lifeline.db.url=" + base,
                        "--lifeline.db.username=" + pool.getUsername(),
                        "--lifeline.db.password=" + (pool.getPassword() == null ? "" : pool.getPassword()),
                        "--lifeline.db.pool-size=10",
                        "--lifeline.keys.erasure-key-file=" + environment.getProperty("lifeline.keys.erasure-key-file"),
                        "--lifeline.demo-data=never",
                        // one JVM: the engine, the process application and Quartz's scheduler need names of
                        // their own (Quartz keeps one data source per scheduler name JVM-wide: B would take
                        // over A's, and A's scheduler would be left with B's closed pool)
                        "--camunda.bpm.process-engine-name=loginNodeB",
                        "--camunda.bpm.generate-unique-process-application-name=true",
                        "--spring.quartz.scheduler-name=lifeline-login-node-b",
                        "--spring.quartz.auto-startup=false",
                        // process-test coverage counts only in Spring's test contexts; its listener fails elsewhere
                        "--spring.autoconfigure.exclude=org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration");
        assertThat(contextB.getBean(DataSource.class)).extracting(ds -> ((HikariDataSource) ds).getJdbcUrl())
                .asString().startsWith(base);
        String port = contextB.getEnvironment().getProperty("local.server.port");
        nodeB = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
    }

    @AfterAll
    void stopNodeB() {
        if (contextB != null) {
            contextB.close();
        }
    }

    @Test
    void aLoginOnOneNodeWorksOnTheOtherAndALogoutEndsItOnBoth() {
        String id = newUser("ca");
        WebappCookies.Login login = WebappCookies.login(nodeA, id, PASSWORD);
        assertThat(login.status()).isEqualTo(HttpStatus.OK);
        HttpHeaders session = login.session();

        ResponseEntity<Map> me = nodeB.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(session), Map.class);
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getBody()).containsEntry("userId", id);
        assertThat(nodeB.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(session),
                Map.class).getBody()).containsEntry("userId", id);
        // a write on B with the token A handed out
        HttpHeaders json = new HttpHeaders();
        json.addAll(session);
        json.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        assertThat(nodeB.exchange("/api/me/digest", HttpMethod.PUT, new HttpEntity<>("{\"enabled\":false}", json), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(nodeA.exchange("/camunda/api/admin/auth/user/default/logout", HttpMethod.POST, new HttpEntity<>(session),
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(nodeB.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(session), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void disablingAUserOnOneNodeEndsTheirSessionOnTheOther() {
        String id = newUser("cd");
        HttpHeaders session = WebappCookies.login(nodeA, id, PASSWORD).session();
        assertThat(nodeB.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(session), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<Map> disabled = nodeA.withBasicAuth("admin", "Lifeline-Admin-2026")
                .postForEntity("/api/admin/users/{id}/disable", null, Map.class, id);
        assertThat(disabled.getBody()).containsEntry("sessionsEnded", 1);

        assertThat(nodeB.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(session), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(nodeB.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET,
                new HttpEntity<>(session), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void failedLoginsOnBothNodesAddUpToOneLock() {
        String id = newUser("ct");
        for (int i = 0; i < 3; i++) {
            assertThat(nodeA.withBasicAuth(id, "wrong-a" + i).getForEntity("/api/me", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(nodeB.withBasicAuth(id, "wrong-b" + i).getForEntity("/api/me", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(nodeA.withBasicAuth(id, PASSWORD).getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(nodeB.withBasicAuth(id, PASSWORD).getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(WebappCookies.login(nodeB, id, PASSWORD).status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    private String newUser(String prefix) {
        String id = prefix + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        User user = identity.newUser(id);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, "sales");
        return id;
    }
}
