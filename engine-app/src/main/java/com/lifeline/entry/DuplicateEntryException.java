package com.lifeline.entry;

import com.lifeline.customer.DuplicateFinder;

/**
 * The entry matches an existing customer and the caller has not said how to resolve it; nothing was
 * stored. The message says what to do; for another team's customer it names nothing about it.
 */
public class DuplicateEntryException extends RuntimeException {

    private final DuplicateFinder.Duplicate duplicate;

    public DuplicateEntryException(DuplicateFinder.Duplicate duplicate) {
        super(duplicate.summary() + (duplicate.otherTeam()
                ? "如需把新联系人交给该客户的负责人确认,请在 duplicateResolution 中选择 OFFER_TO_OWNER;"
                        + "如确认是不同客户,请选择 DIFFERENT(不写客户编号)。"
                : "请在 duplicateResolution 中选择 ATTACH(并入)或 DIFFERENT(不同客户)并写明该客户编号。"));
        this.duplicate = duplicate;
    }

    public DuplicateFinder.Duplicate duplicate() {
        return duplicate;
    }
}
