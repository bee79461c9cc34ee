package com.lifeline.reverification;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * Many ACTIVE customers of sales1, each with two valid contacts never verified, written straight into
 * the store in a few statements (MariaDB's sequence tables). Their sealed fields are placeholders: the
 * sweep reads ids, numbers, owners and contact ids only, never a personal field.
 */
final class VerificationSeeds {

    private VerificationSeeds() {
    }

    /** @return the new customers' ids, ascending */
    static List<Long> activeCustomers(JdbcTemplate jdbc, String prefix, int count) {
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM customer", Long.class);
        for (int from = 1; from <= count; from += 10_000) {
            int to = Math.min(count, from + 9_999);
            jdbc.update("INSERT INTO customer (customer_number, region_code, kind, name, province, city, district, street,"
                    + " street_number, needs, first_contact_at, source_type, industry, owner_user_id, status, late_entry,"
                    + " created_by, created_at, updated_at)"
                    + " SELECT CONCAT(?, LPAD(seq, 7, '0')), 'SH', 'COMPANY', 'seed', 'x', 'x', 'x', 'x', 'x', 'x', NOW(),"
                    + " 'TRADE_SHOW', 'IT', 'sales1', 'ACTIVE', FALSE, 'seed', NOW(), NOW() FROM seq_" + from + "_to_" + to,
                    prefix);
        }
        jdbc.update("INSERT INTO emergency_contact (customer_id, name, relation, phone, phone_index, authorisation_scope,"
                + " priority, reachable_24h, informed, verification_status, status, created_at)"
                + " SELECT c.id, 'seed', 'BUSINESS_OWNER', 'x', SHA2(CONCAT(c.id, '-', p.seq), 256), 'x', p.seq, TRUE, TRUE,"
                + " 'UNVERIFIED', 'VALID', NOW() FROM customer c JOIN seq_1_to_2 p WHERE c.id > ? AND c.customer_number LIKE ?",
                before, prefix + "%");
        return jdbc.queryForList("SELECT id FROM customer WHERE id > ? AND customer_number LIKE ? ORDER BY id", Long.class,
                before, prefix + "%");
    }
}
