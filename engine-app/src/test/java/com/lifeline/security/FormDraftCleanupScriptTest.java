package com.lifeline.security;

import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist's unsent form input (personal data) must not stay in localStorage: every webapp's
 * config.js loads the cleanup module, and the module is served without logging in (the login page
 * needs it). The browser behaviour itself is covered by the browser test.
 */
@LifelineIntegrationTest
class FormDraftCleanupScriptTest {

    static final String SCRIPT = "/camunda/app/tasklist/scripts/form-draft-cleanup.js";
    private static final Pattern CUSTOM_SCRIPT = Pattern.compile("customScripts:\\s*\\[\\s*\"([^\"]+)\"");

    @Autowired TestRestTemplate rest;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"tasklist", "cockpit", "admin", "welcome"})
    void everyWebappLoadsTheCleanupModule(String app) {
        String config = rest.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class);
        Matcher matcher = CUSTOM_SCRIPT.matcher(config);
        assertThat(matcher.find()).as(config).isTrue();

        // the webapps import <app root>/app/<app>/<entry>.js
        String resolved = URI.create("/camunda/app/" + app + "/").resolve(matcher.group(1) + ".js").getPath();
        assertThat(resolved).isEqualTo(SCRIPT);
    }

    @Test
    void theModuleIsServedToAnonymousBrowsersAndClearsDraftsOnLogoutAndAtLogin() {
        ResponseEntity<String> script = rest.getForEntity(SCRIPT, String.class);

        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(script.getHeaders().getContentType().toString()).contains("javascript");
        assertThat(script.getBody())
                .contains("\"camunda-form:\"")
                .contains("localStorage")
                .contains("logout")
                .contains("#\\/login")
                .contains("hashchange")
                .doesNotContain("export default");
    }
}
