package com.lifeline.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The webapps get Lifeline's config, styles and Chinese labels from the app, not from the webjar. */
@LifelineIntegrationTest
class WebappCustomisationTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*\\w+\\s*}}");

    @Autowired TestRestTemplate rest;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void tasklistServesLifelinesConfigWithChineseByDefault() {
        ResponseEntity<String> config = rest.getForEntity("/camunda/app/tasklist/scripts/config.js", String.class);

        assertThat(config.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(config.getBody())
                .contains("vendor: \"Lifeline\"")
                .contains("availableLocales: [\"zh\", \"en\"]")
                .contains("fallbackLocale: \"zh\"")
                .contains("shortcuts");
    }

    @Test
    void everyAppHidesTheMigrationBannerAndShowsLifelinesLogo() {
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            String css = rest.getForObject("/camunda/app/" + app + "/styles/user-styles.css", String.class);
            assertThat(css).as(app).contains(".ce-eol-banner").contains("display: none").contains("lifeline-logo.svg");
            assertThat(rest.getForEntity("/camunda/app/" + app + "/styles/lifeline-logo.svg", String.class)
                    .getStatusCode().is2xxSuccessful()).as(app).isTrue();
            assertThat(rest.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class))
                    .as(app).contains("vendor: \"Lifeline\"");
        }
    }

    @Test
    void theChineseTasklistLocaleHasEveryEnglishKeyWithItsPlaceholders() throws Exception {
        JsonNode zh = chineseLocaleMatchingTheWebjarsEnglish("tasklist");
        assertThat(zh.get("labels").get("CLAIM_TASK").asText()).isEqualTo("认领");
    }

    /** Every app whose config declares zh must serve a complete zh.json, or its users get an error. */
    @Test
    void everyAppDeclaringChineseServesACompleteChineseLocale() throws Exception {
        List<String> chinese = new ArrayList<>();
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            String config = rest.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class);
            if (config.contains("availableLocales: [\"zh\", \"en\"]")) {
                assertThat(config).as(app).contains("fallbackLocale: \"zh\"");
                chinese.add(app);
                chineseLocaleMatchingTheWebjarsEnglish(app);
            } else {
                assertThat(config).as(app).doesNotContain("\"zh\"");
            }
        }
        assertThat(chinese).containsExactlyInAnyOrder("tasklist", "cockpit", "admin", "welcome");
    }

    /** Same keys as the webjar's en.json, each with the same placeholders; the EOL banner is blank. */
    private JsonNode chineseLocaleMatchingTheWebjarsEnglish(String app) throws Exception {
        JsonNode en = read("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json");
        ResponseEntity<String> served = rest.getForEntity("/camunda/app/" + app + "/locales/zh.json", String.class);
        assertThat(served.getStatusCode().is2xxSuccessful()).as(app).isTrue();
        JsonNode zh = json.readTree(served.getBody());

        List<String> missing = new ArrayList<>();
        en.get("labels").fieldNames().forEachRemaining(key -> {
            JsonNode translated = zh.get("labels").get(key);
            if (translated == null) {
                missing.add(key);
            } else {
                assertThat(placeholders(translated.asText())).as(app + " " + key)
                        .containsExactlyInAnyOrderElementsOf(placeholders(en.get("labels").get(key).asText()));
            }
        });
        assertThat(missing).as(app).isEmpty();
        if (en.has("dateLocales")) {
            en.get("dateLocales").fieldNames().forEachRemaining(
                    key -> assertThat(zh.get("dateLocales").has(key)).as(app + " " + key).isTrue());
        }
        assertThat(zh.get("labels").get("BANNER_CE_EOL_TEXT").asText()).as(app).isEmpty();
        return zh;
    }

    private JsonNode read(String path) throws Exception {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            // Camunda's files start with a byte-order mark
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
            return json.readTree(text);
        }
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replace(" ", ""));
        }
        return found;
    }
}
