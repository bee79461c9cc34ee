package com.lifeline.crypto;

/** Encryption failed: a wrong or missing key, or tampered data. Carries no field values. */
public class CryptoException extends RuntimeException {

    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
