package com.lifeline.crypto;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Data keys stored before this version are wrapped by the master key only: each is wrapped once more
 * with its customer's erasure key ({@link ErasureKeys}), as {@link CustomerCrypto#store} does now.
 * A Spring bean using only the key files (Boot hands it to Flyway).
 */
@Component
class V134__DataKeysWrappedWithErasureKeys extends BaseJavaMigration {

    private final ErasureKeys erasureKeys;

    V134__DataKeysWrappedWithErasureKeys(ErasureKeys erasureKeys) {
        this.erasureKeys = erasureKeys;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (PreparedStatement select = db.prepareStatement("SELECT customer_id, wrapped_key FROM customer_key");
             PreparedStatement update = db.prepareStatement("UPDATE customer_key SET wrapped_key = ? WHERE customer_id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong("customer_id");
                update.setBytes(1, erasureKeys.seal(id, rows.getBytes("wrapped_key")));
                update.setLong(2, id);
                update.executeUpdate();
            }
        }
    }
}
