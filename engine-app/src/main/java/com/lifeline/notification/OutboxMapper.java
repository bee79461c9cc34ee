package com.lifeline.notification;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table; SQL in OutboxMapper.xml. Times come from the database clock, so every node
 * agrees on what is due. The mark methods only touch a row still held by the given attempt: a
 * dispatcher whose claim expired and was taken over must not overwrite the new claimer's state.
 */
@Mapper
interface OutboxMapper {

    /** Inserts a PENDING row, due now; a row with the same idempotency key already there wins. */
    void insertUnlessKeyExists(@Param("message") OutboundMessage message, @Param("forget") boolean forgetWhenDone);

    int deleteByRecipients(@Param("recipients") Collection<String> recipients);

    List<Long> findDueIds(@Param("limit") int limit);

    /** Takes a due row as SENDING and counts the attempt; 0 if another dispatcher was faster. */
    int claim(@Param("id") long id, @Param("claimSeconds") long claimSeconds);

    OutboxRow findById(@Param("id") long id);

    /** The channel took the row: SENT, or LOGGED when nothing left the application (no sent_at then). */
    int markDone(@Param("id") long id, @Param("attempt") int attempt, @Param("status") DeliveryStatus status);

    int markForRetry(@Param("id") long id, @Param("attempt") int attempt,
                     @Param("delaySeconds") long delaySeconds, @Param("reason") String reason);

    int markFailed(@Param("id") long id, @Param("attempt") int attempt, @Param("reason") String reason);

    Optional<DeliveryState> findStateByKey(@Param("key") String idempotencyKey);

    /** Rows in any of these statuses (the metrics gauges). */
    int countByStatus(@Param("statuses") Collection<DeliveryStatus> statuses);
}
