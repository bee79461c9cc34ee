package com.lifeline.change;

import java.util.List;

/** What the customer's change page shows: each changed key field, before and after, masked. */
public record ChangeConfirmationView(String customerNumber, List<Line> lines, ChangeStatus status) {

    public record Line(String label, String before, String after) {
    }

    public boolean open() {
        return status == ChangeStatus.PENDING_CONFIRMATION;
    }
}
