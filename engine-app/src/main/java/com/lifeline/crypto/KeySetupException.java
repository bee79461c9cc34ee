package com.lifeline.crypto;

/**
 * This node's keys are missing or are not the cluster's: it must not start, or it would write data
 * the other nodes cannot read. The message is one sentence saying which key and what to do.
 */
public class KeySetupException extends IllegalStateException {

    KeySetupException(String message) {
        super(message);
    }
}
