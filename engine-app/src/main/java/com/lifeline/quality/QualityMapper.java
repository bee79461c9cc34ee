package com.lifeline.quality;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Mapper
interface QualityMapper {

    /**
     * Counts per department of the customers' owners. {@code silentBefore}: no interaction since then is
     * "silent over a month"; {@code kindVariable}/{@code verificationKind}: the task kind of verification tasks.
     */
    List<DepartmentCounts> countsByDepartment(@Param("now") Instant now, @Param("silentBefore") Instant silentBefore,
                                              @Param("kindVariable") String kindVariable,
                                              @Param("verificationKind") String verificationKind);

    /** Department id → name. */
    List<Map<String, String>> departments();

    void saveSnapshot(@Param("day") LocalDate day, @Param("c") DepartmentCounts counts, @Param("now") Instant now);

    /** The last snapshot of each month from {@code from} on, per department ('' overall), oldest first. */
    List<Snapshot> monthlySnapshots(@Param("from") LocalDate from);
}
