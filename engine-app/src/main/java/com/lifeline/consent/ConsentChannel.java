package com.lifeline.consent;

/** How consent was given: a written form, a recorded call, or a signed letter. */
public enum ConsentChannel {
    FORM, CALL_RECORDING, SIGNED_LETTER
}
