package com.lifeline.entry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.crypto.CustomerCrypto;
import org.springframework.stereotype.Component;

/**
 * Drafts keep what the entrant typed encrypted in the customer store (never in process variables,
 * which Camunda copies into history), so a correction form can show it again: JSON, sealed.
 */
@Component
class EntryDraftPayloads {

    private final ObjectMapper json;
    private final CustomerCrypto crypto;

    EntryDraftPayloads(ObjectMapper json, CustomerCrypto crypto) {
        this.json = json;
        this.crypto = crypto;
    }

    EntryDraftPayload read(EntryDraft draft) {
        try {
            return json.readValue(crypto.openDraft(draft.payload()), EntryDraftPayload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an entry draft is unreadable", e);
        }
    }

    String write(EntryDraftPayload payload) {
        try {
            return crypto.sealDraft(json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("entry draft could not be written", e);
        }
    }
}
