package com.lifeline.security;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The shared failed-login counter; times are epoch milliseconds. */
@Mapper
interface LoginThrottleMapper {

    /** null: no failures on record; 0: failures but no lock; else locked until then. */
    Long lockedUntil(@Param("user") String user);

    void recordFailure(@Param("user") String user, @Param("now") long now, @Param("window") long windowMillis,
                       @Param("max") int maxFailures, @Param("lockout") long lockoutMillis);

    /** Forgets the failures of a user who logged in, but never an active lock. */
    int forget(@Param("user") String user, @Param("now") long now);

    /** Rows whose window and lock are long over: names that were tried once and never again. */
    int purgeBefore(@Param("before") long before);
}
