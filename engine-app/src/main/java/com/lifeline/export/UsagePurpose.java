package com.lifeline.export;

import com.lifeline.consent.ConsentPurpose;

/** What the exported data will be used for: the consent each customer and contact must have given. */
public enum UsagePurpose {
    SERVICE(ConsentPurpose.SERVICE), MARKETING(ConsentPurpose.MARKETING);

    private final ConsentPurpose consent;

    UsagePurpose(ConsentPurpose consent) {
        this.consent = consent;
    }

    ConsentPurpose consent() {
        return consent;
    }
}
