package com.lifeline.crypto;

/** The customer's data key was destroyed (the customer was erased): their encrypted data is gone. */
public class KeyDestroyedException extends RuntimeException {

    public KeyDestroyedException(long customerId) {
        super("the data key of customer id " + customerId + " was destroyed");
    }
}
