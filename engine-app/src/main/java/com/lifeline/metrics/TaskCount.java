package com.lifeline.metrics;

/** Open user tasks of one task kind ({@code none}: the model declares no kind), and how many are past due. */
public record TaskCount(String kind, int openTasks, int overdueTasks) {
}
