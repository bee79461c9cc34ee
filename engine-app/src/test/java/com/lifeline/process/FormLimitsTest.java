package com.lifeline.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.access.AccessProperties;
import com.lifeline.contactoffer.ContactOfferProperties;
import com.lifeline.followup.FollowUpProperties;
import com.lifeline.export.ExportProperties;
import com.lifeline.handover.HandoverProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits live in application.yml; the forms repeat some of them so the browser warns early. The
 * packaged forms must say what the packaged settings say, or a form would let through what the server
 * refuses (or refuse what it allows). No Spring context: the settings are bound from application.yml.
 */
class FormLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theFormsValidateWhatTheSettingsAllow() throws IOException {
        Binder settings = new Binder(ConfigurationPropertySources.from(
                new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))));
        AccessProperties access = settings.bind("lifeline.access", AccessProperties.class).get();
        ContactOfferProperties offer = settings.bind("lifeline.contact-offer", ContactOfferProperties.class).get();
        HandoverProperties handover = settings.bind("lifeline.handover", HandoverProperties.class).get();
        FollowUpProperties followUp = settings.bind("lifeline.follow-up", FollowUpProperties.class).get();

        assertThat(validation("access-request", "reason", "minLength")).isEqualTo(access.reasonMinLength());
        assertThat(validation("access-request", "reason", "maxLength")).isEqualTo(access.reasonMaxLength());
        assertThat(validation("access-request", "days", "max")).isEqualTo(access.maxDays());
        assertThat(validation("access-approval", "approvalComment", "maxLength")).isEqualTo(access.commentMaxLength());
        assertThat(validation("accept-contacts", "offerRejectReason", "maxLength")).isEqualTo(offer.reasonMaxLength());
        assertThat(validation("staff-handover", "note", "maxLength")).isEqualTo(handover.noteMaxLength());
        assertThat(validation("follow-up", "content", "minLength")).isEqualTo(followUp.contentMinLength());
        assertThat(validation("follow-up", "content", "maxLength")).isEqualTo(followUp.contentMaxLength());
        assertThat(validation("follow-up", "participants", "maxLength")).isEqualTo(followUp.textMaxLength());
        assertThat(validation("follow-up", "nextAction", "maxLength")).isEqualTo(followUp.textMaxLength());
        ExportProperties export = settings.bind("lifeline.export", ExportProperties.class).get();
        assertThat(validation("export-request", "purpose", "maxLength")).isEqualTo(export.textMaxLength());
        assertThat(validation("export-request", "safeguards", "maxLength")).isEqualTo(export.textMaxLength());
        assertThat(validation("export-request", "periodDays", "max")).isEqualTo(export.maxPeriodDays());
        assertThat(validation("export-approval", "exportDecisionReason", "maxLength")).isEqualTo(export.textMaxLength());
    }

    private static int validation(String form, String key, String rule) throws IOException {
        JsonNode root = JSON.readTree(ProcessModelFilesTest.FORMS.resolve(form + ".form").toFile());
        for (JsonNode component : root.path("components")) {
            if (key.equals(component.path("key").asText())) {
                JsonNode value = component.path("validate").path(rule);
                assertThat(value.isInt()).as("%s.%s validate.%s", form, key, rule).isTrue();
                return value.asInt();
            }
        }
        throw new AssertionError(form + " has no field " + key);
    }
}
