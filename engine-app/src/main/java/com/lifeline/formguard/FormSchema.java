package com.lifeline.formguard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a Camunda Form (form-js JSON, as deployed from forms/) for the variables it submits: the first
 * segment of every keyed field's key, and of the {@code path} of a group or dynamic list that has one
 * (its fields are nested under that variable). Fields marked {@code readonly} or {@code disabled} are
 * only shown. Buttons, texts and other display components submit nothing.
 */
final class FormSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_SUBMITTED = Set.of("button", "text", "html", "image", "spacer",
            "separator", "iframe", "table");

    private FormSchema() {
    }

    static DeclaredFields read(InputStream form) throws IOException {
        Set<String> editable = new HashSet<>();
        Set<String> displayOnly = new HashSet<>();
        collect(JSON.readTree(form), editable, displayOnly);
        editable.removeAll(displayOnly);
        return new DeclaredFields(editable, displayOnly);
    }

    private static void collect(JsonNode container, Set<String> editable, Set<String> displayOnly) {
        for (JsonNode component : container.path("components")) {
            String type = component.path("type").asText("");
            String path = component.path("path").asText("");
            if (!path.isBlank()) {
                // a group or dynamic list with a path submits one variable holding its fields
                (shownOnly(component) ? displayOnly : editable).add(firstSegment(path));
                continue;
            }
            String key = component.path("key").asText("");
            if (!key.isBlank() && !NOT_SUBMITTED.contains(type)) {
                (shownOnly(component) ? displayOnly : editable).add(firstSegment(key));
            }
            collect(component, editable, displayOnly);
        }
    }

    /** readonly/disabled may also be an expression ("=…"): then it may be read-only, so it counts as such. */
    private static boolean shownOnly(JsonNode component) {
        return flag(component.path("readonly")) || flag(component.path("disabled"));
    }

    private static boolean flag(JsonNode value) {
        return value.isBoolean() ? value.asBoolean() : value.isTextual() && !value.asText().isBlank()
                && !"false".equals(value.asText());
    }

    private static String firstSegment(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }
}
