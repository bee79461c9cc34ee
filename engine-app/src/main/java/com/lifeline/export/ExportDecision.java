package com.lifeline.export;

/** An approver's answer on the approval form ({@code exportDecision}). */
public enum ExportDecision {
    APPROVE, APPROVE_MASKED, REJECT
}
