package com.lifeline.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.support.TestMailServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.KeyMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The outbox on the real database and SMTP server. The context, GreenMail and the Quartz job are
 * shared with other tests, so every test uses its own keys and recipients, filters GreenMail by
 * recipient, and waits for outcomes instead of assuming which dispatcher got a row.
 */
@LifelineIntegrationTest
class OutboxIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final GreenMail greenMail = TestMailServer.get();

    @Autowired Outbox outbox;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired OutboxMapper mapper;
    @Autowired EmailSender emailSender;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired Scheduler scheduler;
    @Autowired NotificationProperties properties;

    @Test
    void anEmailEnqueuedInACommittedTransactionArrivesWithSubjectUtf8BodyAndItsKey() throws Exception {
        String key = uniqueKey("arrives");
        String to = uniqueRecipient();

        transactions.executeWithoutResult(tx ->
                outbox.enqueue(OutboundMessage.email(key, to, "紧急联系人确认", "王女士您好：\n请确认您的紧急联系人信息。")));

        MimeMessage mail = awaitSingleMailTo(to);
        assertThat(mail.getSubject()).isEqualTo("紧急联系人确认");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n")).isEqualTo("王女士您好：\n请确认您的紧急联系人信息。");
        assertThat(mail.getHeader(EmailSender.IDEMPOTENCY_HEADER)).containsExactly(key);
        assertThat(mail.getMessageID()).isEqualTo(emailSender.messageId(key));
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@lifeline.local");

        awaitStatus(key, DeliveryStatus.SENT);
        assertThat(outbox.findByKey(key)).contains(new DeliveryState(DeliveryStatus.SENT, 1));
        Map<String, Object> row = row(key);
        assertThat(row.get("sent_at")).isNotNull();
        assertThat(row.get("claimed_until")).isNull();
        assertThat(row.get("last_error")).isNull();
    }

    @Test
    void aRolledBackEnqueueLeavesNoRowAndSendsNothing() {
        String key = uniqueKey("rollback");
        String to = uniqueRecipient();

        transactions.executeWithoutResult(tx -> {
            outbox.enqueue(OutboundMessage.email(key, to, "Never", "Never sent"));
            tx.setRollbackOnly();
        });
        dispatcher.dispatchDue();

        assertThat(rowCount(key)).isZero();
        assertThat(outbox.findByKey(key)).isEmpty();
        assertThat(mailsTo(to)).isEmpty();
    }

    @Test
    void enqueueingOutsideATransactionIsRefused() {
        String key = uniqueKey("no-tx");

        assertThatThrownBy(() -> outbox.enqueue(OutboundMessage.email(key, uniqueRecipient(), "s", "b")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(rowCount(key)).isZero();
    }

    @Test
    void theSameKeyEnqueuedAgainIsTheSameNoticeOneRowOneEmail() throws MessagingException {
        String key = uniqueKey("same-key");
        String to = uniqueRecipient();

        transactions.executeWithoutResult(tx -> {
            outbox.enqueue(OutboundMessage.email(key, to, "First", "First body"));
            outbox.enqueue(OutboundMessage.email(key, to, "Second", "Second body"));
        });
        transactions.executeWithoutResult(tx -> outbox.enqueue(OutboundMessage.email(key, to, "Third", "Third body")));
        awaitStatus(key, DeliveryStatus.SENT);
        dispatcher.dispatchDue();

        assertThat(rowCount(key)).isOne();
        assertThat(awaitSingleMailTo(to).getSubject()).isEqualTo("First");
    }

    @Test
    void dispatchingASentNoticeAgainSendsNothingMore() {
        String key = uniqueKey("twice");
        String to = uniqueRecipient();
        transactions.executeWithoutResult(tx -> outbox.enqueue(OutboundMessage.email(key, to, "Once", "Once only")));
        awaitStatus(key, DeliveryStatus.SENT);

        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertThat(mailsTo(to)).hasSize(1);
        assertThat(outbox.findByKey(key)).contains(new DeliveryState(DeliveryStatus.SENT, 1));
    }

    @Test
    void anSmsThroughTheLogGatewayOfTheTestsEndsLoggedNotSent() {
        String key = uniqueKey("sms-log");

        transactions.executeWithoutResult(tx -> outbox.enqueue(OutboundMessage.sms(key, "+8613812345678", "请确认信息")));

        awaitStatus(key, DeliveryStatus.LOGGED);
        assertThat(outbox.findByKey(key)).contains(new DeliveryState(DeliveryStatus.LOGGED, 1));
        assertThat(row(key)).containsEntry("channel", "SMS").containsEntry("sent_at", null);
    }

    @Test
    void dispatchersRacingForTheSameRowsSendEachOnce() {
        List<String> recipients = IntStream.range(0, 10).mapToObj(i -> uniqueRecipient()).toList();
        List<String> keys = new ArrayList<>();
        for (String to : recipients) {
            String key = uniqueKey("race");
            keys.add(key);
            insertRow(key, to, DeliveryStatus.PENDING, 0, null);
        }

        CompletableFuture.allOf(IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.runAsync(dispatcher::dispatchDue))
                .toArray(CompletableFuture[]::new)).join();

        keys.forEach(key -> awaitStatus(key, DeliveryStatus.SENT));
        assertThat(keys).allSatisfy(key -> assertThat(outbox.findByKey(key)).contains(new DeliveryState(DeliveryStatus.SENT, 1)));
        assertThat(recipients).allSatisfy(to -> assertThat(mailsTo(to)).hasSize(1));
    }

    @Test
    void aRefusedSendIsCountedAndRetriedLaterWithoutRecordingTheRecipient() {
        String key = uniqueKey("refused");
        // the mail library refuses to address it; any refusal takes the same path
        String to = "broken@@" + UUID.randomUUID() + ".test";

        transactions.executeWithoutResult(tx -> outbox.enqueue(OutboundMessage.email(key, to, "Refused", "Refused body")));
        await().atMost(PATIENCE).until(() -> outbox.findByKey(key), Matchers.equalTo(Optional.of(new DeliveryState(DeliveryStatus.PENDING, 1))));

        Map<String, Object> row = row(key);
        assertThat(secondsUntil(key, "next_attempt_at")).isBetween(properties.backoffBase().toSeconds() - 10, properties.backoffBase().toSeconds());
        assertThat(row.get("claimed_until")).isNull();
        assertThat((String) row.get("last_error")).contains("AddressException").doesNotContain("broken", ".test");
        assertThat(mailsTo(to)).isEmpty();
    }

    @Test
    void aFailureOfTheLastAllowedAttemptMarksTheNoticeFailed() {
        String key = uniqueKey("last-attempt");
        insertRow(key, "broken@@" + UUID.randomUUID() + ".test", DeliveryStatus.PENDING, properties.maxAttempts() - 1, null);

        dispatcher.dispatchDue();

        awaitStatus(key, DeliveryStatus.FAILED);
        assertThat(outbox.findByKey(key)).contains(new DeliveryState(DeliveryStatus.FAILED, properties.maxAttempts()));
        assertThat(row(key).get("last_error")).isNotNull();
    }

    @Test
    void aRowLeftSendingByADeadDispatcherIsSentAgainOnceItsClaimExpired() throws MessagingException {
        String key = uniqueKey("expired-claim");
        String to = uniqueRecipient();
        insertRow(key, to, DeliveryStatus.SENDING, 1, -60);

        dispatcher.dispatchDue();

        awaitStatus(key, DeliveryStatus.SENT);
        assertThat(outbox.findByKey(key)).contains(new DeliveryState(DeliveryStatus.SENT, 2));
        assertThat(awaitSingleMailTo(to).getHeader(EmailSender.IDEMPOTENCY_HEADER)).containsExactly(key);
    }

    @Test
    void aRowWhoseClaimIsStillLiveIsLeftToItsClaimer() {
        String key = uniqueKey("live-claim");
        String to = uniqueRecipient();
        long id = insertRow(key, to, DeliveryStatus.SENDING, 1, 300);

        dispatcher.dispatchDue();

        assertThat(mapper.claim(id, 300)).isZero();
        assertThat(outbox.findByKey(key)).contains(new DeliveryState(DeliveryStatus.SENDING, 1));
        assertThat(mailsTo(to)).isEmpty();
    }

    @Test
    void theScheduledJobSendsNoticesWhoseWakeUpWasLost() throws Exception {
        SimpleTrigger trigger = (SimpleTrigger) scheduler.getTrigger(TriggerKey.triggerKey("outboxDispatch", "notification"));
        assertThat(trigger.getRepeatInterval()).isEqualTo(properties.pollInterval().toMillis());
        String key = uniqueKey("lost-wake-up");
        String to = uniqueRecipient();
        insertRow(key, to, DeliveryStatus.PENDING, 0, null);
        RecordingJobListener listener = new RecordingJobListener();
        scheduler.getListenerManager().addJobListener(listener, KeyMatcher.keyEquals(NotificationConfiguration.DISPATCH_JOB));
        try {
            scheduler.triggerJob(NotificationConfiguration.DISPATCH_JOB);

            await().atMost(PATIENCE).until(() -> listener.outcome.get() != null);
            assertThat(listener.outcome.get()).isEqualTo("ok");
            awaitStatus(key, DeliveryStatus.SENT);
            assertThat(mailsTo(to)).hasSize(1);
        } finally {
            scheduler.getListenerManager().removeJobListener(listener.getName());
        }
    }

    private static final class RecordingJobListener implements JobListener {
        final AtomicReference<String> outcome = new AtomicReference<>();

        @Override
        public String getName() {
            return "outbox-test-" + System.identityHashCode(this);
        }

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {
        }

        @Override
        public void jobExecutionVetoed(JobExecutionContext context) {
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
            outcome.compareAndSet(null, failure == null ? "ok" : failure.toString());
        }
    }

    private static String uniqueKey(String purpose) {
        return "outbox-it-" + purpose + "-" + UUID.randomUUID();
    }

    private static String uniqueRecipient() {
        return UUID.randomUUID() + "@outbox.test";
    }

    /** A row as a dispatcher would find it; {@code claimSecondsFromNow} null for no claim. */
    private long insertRow(String key, String to, DeliveryStatus status, int attempts, Integer claimSecondsFromNow) {
        jdbc.update("""
                INSERT INTO outbox (idempotency_key, channel, recipient, subject, body, status, attempts,
                                    next_attempt_at, claimed_until, created_at)
                VALUES (?, 'EMAIL', ?, 'Left behind', 'Left behind body', ?, ?,
                        NOW() - INTERVAL 1 MINUTE, NOW() + INTERVAL ? SECOND, NOW())
                """, key, to, status.name(), attempts, claimSecondsFromNow);
        return jdbc.queryForObject("SELECT id FROM outbox WHERE idempotency_key = ?", Long.class, key);
    }

    private Map<String, Object> row(String key) {
        return jdbc.queryForMap("SELECT * FROM outbox WHERE idempotency_key = ?", key);
    }

    private int rowCount(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE idempotency_key = ?", Integer.class, key);
    }

    private long secondsUntil(String key, String column) {
        return jdbc.queryForObject("SELECT TIMESTAMPDIFF(SECOND, NOW(), " + column + ") FROM outbox WHERE idempotency_key = ?",
                Long.class, key);
    }

    private void awaitStatus(String key, DeliveryStatus status) {
        await().atMost(PATIENCE).until(() -> outbox.findByKey(key).map(DeliveryState::status).orElse(null) == status);
    }

    private MimeMessage awaitSingleMailTo(String recipient) {
        await().atMost(PATIENCE).until(() -> !mailsTo(recipient).isEmpty());
        List<MimeMessage> mails = mailsTo(recipient);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private List<MimeMessage> mailsTo(String recipient) {
        return Stream.of(greenMail.getReceivedMessages()).filter(mail -> addressedTo(mail, recipient)).toList();
    }

    private static boolean addressedTo(MimeMessage mail, String recipient) {
        try {
            Address[] recipients = mail.getAllRecipients();
            return recipients != null && Stream.of(recipients)
                    .anyMatch(address -> ((InternetAddress) address).getAddress().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
