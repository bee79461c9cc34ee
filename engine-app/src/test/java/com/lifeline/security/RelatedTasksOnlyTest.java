package com.lifeline.security;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When a task query may go without the relation clause: only when it asks for nothing but my tasks. */
class RelatedTasksOnlyTest {

    private static final List<String> MY_GROUPS = List.of("sales", "service");

    @Test
    void aQueryForMyAssignedTasksIsLimitedAlready() {
        assertThat(limited(new TaskQueryImpl().taskAssignee("ann"), "ann", MY_GROUPS)).isTrue();
    }

    @Test
    void aQueryForSomeoneElsesTasksIsNot() {
        assertThat(limited(new TaskQueryImpl().taskAssignee("bob"), "ann", MY_GROUPS)).isFalse();
        assertThat(limited(new TaskQueryImpl().taskOwner("ann"), "ann", MY_GROUPS)).isFalse();
        assertThat(limited(new TaskQueryImpl(), "ann", MY_GROUPS)).isFalse();
    }

    @Test
    void aQueryForGroupsIsLimitedOnlyWhenEveryGroupIsMine() {
        assertThat(limited(new TaskQueryImpl().taskCandidateGroup("sales"), "ann", MY_GROUPS)).isTrue();
        assertThat(limited(new TaskQueryImpl().taskCandidateGroupIn(List.of("sales", "service")), "ann", MY_GROUPS)).isTrue();
        assertThat(limited(new TaskQueryImpl().taskCandidateGroupIn(List.of("sales", "committee")), "ann", MY_GROUPS)).isFalse();
        assertThat(limited(new TaskQueryImpl().taskCandidateGroup("committee"), "ann", null)).isFalse();
        assertThat(limited(new TaskQueryImpl().taskCandidateGroupLike("sal%"), "ann", MY_GROUPS)).isFalse();
    }

    private static boolean limited(TaskQuery query, String userId, List<String> groupIds) {
        return RelatedTasksOnly.limitsItselfToRelated((TaskQueryImpl) query, userId, groupIds);
    }
}
