package com.lifeline.schedules;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Mapper
interface ScheduleMapper {

    record Override(String triggerGroup, String triggerName, String cron, boolean paused) {
    }

    List<Override> overrides();

    void saveOverride(@Param("group") String group, @Param("name") String name, @Param("cron") String cron,
                      @Param("paused") boolean paused, @Param("actor") String actor, @Param("now") Instant now);

    Optional<Schedule.LastRun> lastRun(@Param("group") String group, @Param("name") String name);

    void started(@Param("group") String group, @Param("name") String name, @Param("node") String node,
                 @Param("now") Instant now);

    void finished(@Param("group") String group, @Param("name") String name, @Param("outcome") String outcome,
                  @Param("error") String error, @Param("now") Instant now);
}
