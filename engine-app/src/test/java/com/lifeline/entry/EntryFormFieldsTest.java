package com.lifeline.entry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntryFormFieldsTest {

    @Test
    void formVariablesRoundTripToTheSameSubmission() {
        EntrySubmission submission = EntryExamples.company();

        assertThat(EntryFormFields.fromVariables(EntryFormFields.toVariables(submission))).isEqualTo(submission);
    }

    @Test
    void mapsProblemPathsToTheFormKeysTheyAreShownNextTo() {
        assertThat(EntryFormFields.formKeyOf("customer.phone")).isEqualTo("customerPhone");
        assertThat(EntryFormFields.formKeyOf("customer.streetNumber")).isEqualTo("streetNumber");
        assertThat(EntryFormFields.formKeyOf("contacts[0].phone")).isEqualTo("primaryPhone");
        assertThat(EntryFormFields.formKeyOf("contacts[1].informed")).isEqualTo("backupInformed");
        assertThat(EntryFormFields.formKeyOf("consent.evidence")).isEqualTo("consentEvidence");
        assertThat(EntryFormFields.KEYS).contains("customerPhone", "primaryPhone", "backupEmail", "consentEvidence");
    }
}
