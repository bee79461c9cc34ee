package com.lifeline.contactcare;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code lifeline.contact-care}: the longest reason for marking a contact unreachable (the change log's
 * reason column holds 500) and the largest evidence file accepted.
 */
@ConfigurationProperties("lifeline.contact-care")
record ContactCareProperties(int reasonMaxLength, DataSize evidenceMaxSize) {

    ContactCareProperties {
        if (reasonMaxLength < 1 || reasonMaxLength > 500) {
            throw new IllegalArgumentException("lifeline.contact-care.reason-max-length must be 1–500 (the change log holds 500)");
        }
    }
}
