package com.lifeline.customer;

import com.lifeline.crypto.CustomerCrypto.DataKey;
import com.lifeline.crypto.FieldCipher;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Seals the personal fields of rows written before V130 with each customer's data key, as
 * {@link CustomerSealing} seals new ones. A customer whose key is already destroyed gets those fields
 * emptied: nobody could have read them again. A Spring bean (Boot hands it to Flyway), using only the
 * key files, since the schema is still being migrated.
 */
@Component
class V131__SealPersonalFields extends BaseJavaMigration {

    private static final String[] CUSTOMER_FIELDS = {"province", "city", "district", "street", "streetNumber", "needs",
            "preferences", "historyNotes", "tags"};
    private static final String[] CUSTOMER_COLUMNS = {"province", "city", "district", "street", "street_number", "needs",
            "preferences", "history_notes", "tags"};

    private final CustomerSealing sealing;
    private final FieldCipher cipher;

    V131__SealPersonalFields(CustomerSealing sealing, FieldCipher cipher) {
        this.sealing = sealing;
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (PreparedStatement select = db.prepareStatement("SELECT id FROM customer ORDER BY id");
             ResultSet ids = select.executeQuery()) {
            while (ids.next()) {
                seal(db, ids.getLong("id"));
            }
        }
    }

    /** One customer's rows, as written before V130 (in clear). */
    void seal(Connection db, long customerId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("""
                SELECT c.id, c.kind, c.name, c.name_key, c.province, c.city, c.district, c.street, c.street_number,
                       c.needs, c.preferences, c.history_notes, c.tags, k.wrapped_key
                  FROM customer c LEFT JOIN customer_key k ON k.customer_id = c.id WHERE c.id = ?""")) {
            select.setLong(1, customerId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                byte[] wrapped = row.getBytes("wrapped_key");
                DataKey key = wrapped == null ? null : cipher.unwrap(wrapped);
                sealCustomer(db, row, key);
                sealContacts(db, customerId, key);
                sealChangeLog(db, customerId, key);
                sealCorrections(db, customerId, key);
            }
        }
    }

    private void sealCustomer(Connection db, ResultSet row, DataKey key) throws SQLException {
        boolean company = CustomerKind.COMPANY.name().equals(row.getString("kind"));
        StringBuilder sql = new StringBuilder("UPDATE customer SET name = ?, name_key = ?, name_index = ?");
        for (String column : CUSTOMER_COLUMNS) {
            sql.append(", ").append(column).append(" = ?");
        }
        try (PreparedStatement update = db.prepareStatement(sql.append(" WHERE id = ?").toString())) {
            String name = row.getString("name");
            update.setString(1, company ? name : sealed(key, "customer.name", name, ""));
            update.setString(2, company ? row.getString("name_key") : null);
            update.setString(3, key == null ? null : sealing.nameIndex(row.getString("name_key")));
            for (int i = 0; i < CUSTOMER_COLUMNS.length; i++) {
                String value = row.getString(CUSTOMER_COLUMNS[i]);
                update.setString(4 + i, sealed(key, "customer." + CUSTOMER_FIELDS[i], value, value == null ? null : ""));
            }
            update.setLong(4 + CUSTOMER_COLUMNS.length, row.getLong("id"));
            update.executeUpdate();
        }
    }

    private void sealContacts(Connection db, long customerId, DataKey key) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT id, name, name_key, authorisation_scope FROM emergency_contact WHERE customer_id = ?");
             PreparedStatement update = db.prepareStatement("UPDATE emergency_contact SET name = ?, name_key = NULL, "
                     + "name_index = ?, authorisation_scope = ? WHERE id = ?")) {
            select.setLong(1, customerId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    update.setString(1, sealed(key, "contact.name", rows.getString("name"), ""));
                    update.setString(2, key == null ? null : sealing.nameIndex(rows.getString("name_key")));
                    update.setString(3, sealed(key, "contact.scope", rows.getString("authorisation_scope"), ""));
                    update.setLong(4, rows.getLong("id"));
                    update.executeUpdate();
                }
            }
        }
    }

    private void sealChangeLog(Connection db, long customerId, DataKey key) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT id, field, old_value, new_value FROM change_log WHERE customer_id = ? AND encrypted = FALSE");
             PreparedStatement update = db.prepareStatement(
                     "UPDATE change_log SET old_value = ?, new_value = ?, encrypted = TRUE WHERE id = ?")) {
            select.setLong(1, customerId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String field = rows.getString("field");
                    update.setString(1, key == null ? null : sealing.sealChange(key, field, rows.getString("old_value")));
                    update.setString(2, key == null ? null : sealing.sealChange(key, field, rows.getString("new_value")));
                    update.setLong(3, rows.getLong("id"));
                    update.executeUpdate();
                }
            }
        }
    }

    private void sealCorrections(Connection db, long customerId, DataKey key) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT id, correction_request FROM customer_confirmation "
                + "WHERE customer_id = ? AND correction_request IS NOT NULL");
             PreparedStatement update = db.prepareStatement(
                     "UPDATE customer_confirmation SET correction_request = ? WHERE id = ?")) {
            select.setLong(1, customerId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    update.setString(1, sealed(key, "confirmation.correction", rows.getString("correction_request"), null));
                    update.setLong(2, rows.getLong("id"));
                    update.executeUpdate();
                }
            }
        }
    }

    /** Sealed with the key; without one (already destroyed), the value is deleted. */
    private String sealed(DataKey key, String field, String value, String deleted) {
        return key == null ? deleted : sealing.seal(key, field, value);
    }
}
