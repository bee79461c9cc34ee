package com.lifeline.dormancy;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.Optional;

@Mapper
interface DormancySweepMapper {

    Optional<SweepRun> findUnfinished();

    /** Fails on {@code uq_dormancy_sweep_unfinished} while another run is unfinished. */
    void insert(@Param("key") GeneratedId key, @Param("silentSince") Instant silentSince, @Param("total") int total,
                @Param("now") Instant now);

    /** The current or last run. */
    Optional<SweepRun> latest();

    /** The run, locked for this transaction (one batch at a time, whichever node runs it). */
    Optional<SweepRun> lock(long id);

    void advance(@Param("id") long id, @Param("lastCustomerId") long lastCustomerId, @Param("examined") int examined,
                 @Param("started") int started, @Param("now") Instant now);

    void finish(@Param("id") long id, @Param("now") Instant now);
}
