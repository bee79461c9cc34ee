package com.lifeline.verification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param callNoteMaxLength   the note of a call to the customer, in characters
 * @param correctionMaxLength what a customer asks to correct through their link; sealed (Base64 of up to 3 bytes a
 *                            character) it must fit customer_confirmation.correction_request, a TEXT of 65,535 bytes
 */
@ConfigurationProperties("lifeline.verification")
public record VerificationProperties(int callNoteMaxLength, int correctionMaxLength) {

    /** A process variable's text holds 4000 characters. */
    static final int VARIABLE_TEXT = 4000;
    static final int CORRECTION_LIMIT = 10_000;

    public VerificationProperties {
        if (callNoteMaxLength < 1 || callNoteMaxLength > VARIABLE_TEXT) {
            throw new IllegalArgumentException("lifeline.verification.call-note-max-length must be 1 to " + VARIABLE_TEXT);
        }
        if (correctionMaxLength < 1 || correctionMaxLength > CORRECTION_LIMIT) {
            throw new IllegalArgumentException("lifeline.verification.correction-max-length must be 1 to "
                    + CORRECTION_LIMIT + " (sealed into customer_confirmation.correction_request)");
        }
    }
}
