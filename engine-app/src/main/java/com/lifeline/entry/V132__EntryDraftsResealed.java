package com.lifeline.entry;

import com.lifeline.crypto.CustomerCrypto.DataKey;
import com.lifeline.crypto.FieldCipher;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drafts are now deleted once an entry is attached, offered or approved, and a saved one is sealed with
 * its customer's key ({@link EntryDraftPayloads}). Drafts of entries finished before go; a saved entry
 * still waiting for review has its draft re-sealed. Uses only the key files (see V131).
 */
@Component
class V132__EntryDraftsResealed extends BaseJavaMigration {

    private final FieldCipher cipher;

    V132__EntryDraftsResealed(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement delete = db.createStatement()) {
            delete.executeUpdate("DELETE FROM entry_draft WHERE status NOT IN ('OPEN', 'SAVED')");
            delete.executeUpdate("DELETE d FROM entry_draft d LEFT JOIN customer c ON c.id = d.customer_id "
                    + "LEFT JOIN customer_key k ON k.customer_id = d.customer_id "
                    + "WHERE d.customer_id IS NOT NULL AND (c.status <> 'PENDING_REVIEW' OR k.customer_id IS NULL)");
        }
        try (PreparedStatement select = db.prepareStatement("SELECT d.id, d.payload, k.wrapped_key FROM entry_draft d "
                + "JOIN customer_key k ON k.customer_id = d.customer_id");
             PreparedStatement update = db.prepareStatement("UPDATE entry_draft SET payload = ? WHERE id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                DataKey key = cipher.unwrap(rows.getBytes("wrapped_key"));
                update.setString(1, cipher.seal(key, EntryDraftPayloads.FIELD, cipher.openDraft(rows.getString("payload"))));
                update.setLong(2, rows.getLong("id"));
                update.executeUpdate();
            }
        }
    }
}
