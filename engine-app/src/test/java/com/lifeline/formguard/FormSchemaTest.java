package com.lifeline.formguard;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FormSchemaTest {

    private static DeclaredFields read(String json) throws IOException {
        return FormSchema.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keyedFieldsAtAnyDepthAreEditableReadOnlyAndDisabledOnlyShown() throws IOException {
        DeclaredFields fields = read("""
                {"components": [
                  {"type": "text", "text": "{{summary}}"},
                  {"type": "textfield", "key": "name"},
                  {"type": "group", "components": [{"type": "checkbox", "key": "agreed"},
                                                   {"type": "textfield", "key": "number", "readonly": true}]},
                  {"type": "textfield", "key": "shown", "disabled": true},
                  {"type": "textfield", "key": "maybe", "readonly": "=locked"},
                  {"type": "textfield", "key": "address.city"},
                  {"type": "button", "key": "submit", "action": "submit"}
                ]}""");

        assertThat(fields.editable()).containsExactlyInAnyOrder("name", "agreed", "address");
        assertThat(fields.displayOnly()).containsExactlyInAnyOrder("number", "shown", "maybe");
    }

    @Test
    void aGroupOrListWithAPathSubmitsOneVariable() throws IOException {
        DeclaredFields fields = read("""
                {"components": [{"type": "dynamiclist", "path": "contacts",
                  "components": [{"type": "textfield", "key": "phone"}]}]}""");

        assertThat(fields.editable()).containsExactly("contacts");
    }

    @Test
    void theResolveDuplicateFormShowsTheNumberItDoesNotLetTheEntrantChange() throws IOException {
        try (var form = Files.newInputStream(Path.of("..", "forms", "resolve-duplicate.form"))) {
            DeclaredFields fields = FormSchema.read(form);
            assertThat(fields.editable()).containsExactlyInAnyOrder("duplicateResolution", "otherTeamResolution");
            assertThat(fields.displayOnly()).containsExactly("duplicateCustomerNumber");
        }
    }

    @Test
    void whatTheModelAllowsBecomesEditable() {
        DeclaredFields fields = new DeclaredFields(Set.of("a"), Set.of("b")).plus(Set.of("b", "c"));

        assertThat(fields.editable()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(fields.displayOnly()).isEmpty();
    }
}
