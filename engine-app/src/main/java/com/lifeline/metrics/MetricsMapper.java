package com.lifeline.metrics;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

@Mapper
interface MetricsMapper {

    /** Open tasks per kind (the task-local variable {@code kindVariable}), overdue: due before {@code now}. */
    List<TaskCount> tasksByKind(@Param("now") Instant now, @Param("kindVariable") String kindVariable,
                                @Param("noKind") String noKind);
}
