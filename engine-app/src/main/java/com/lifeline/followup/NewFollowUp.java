package com.lifeline.followup;

/**
 * A follow-up as typed (REST body or Tasklist start form): {@code occurredAt} like {@code 2026-12-01T10:30}
 * in {@code lifeline.zone}, {@code nextActionOn} like {@code 2026-12-20}; the next action is optional.
 */
public record NewFollowUp(String occurredAt, String method, String participants, String content,
                          String nextActionOn, String nextAction) {
}
