package com.lifeline.notification;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.transaction.PlatformTransactionManager;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class OutboxDispatcherTest {

    private static final long ID = 42;
    private static final OutboundMessage EMAIL = OutboundMessage.email("unit-key", "someone@example.test", "Hi", "Body");

    @Mock OutboxMapper mapper;
    @Mock EmailSender emailSender;
    @Mock SmsGateway smsGateway;
    @Mock PlatformTransactionManager transactionManager;

    private OutboxDispatcher dispatcher;

    @BeforeEach
    void setUp() {
        dispatcher = new OutboxDispatcher(mapper, emailSender, smsGateway, transactionManager, properties());
        when(mapper.findDueIds(anyInt())).thenReturn(List.of(ID));
        // the row is still ours when the outcome is recorded
        lenient().when(mapper.markDone(anyLong(), anyInt(), any())).thenReturn(1);
        lenient().when(mapper.markForRetry(anyLong(), anyInt(), anyLong(), anyString())).thenReturn(1);
        lenient().when(mapper.markFailed(anyLong(), anyInt(), anyString())).thenReturn(1);
    }

    private static NotificationProperties properties() {
        return new NotificationProperties("Lifeline <no-reply@lifeline.local>", 8,
                Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofSeconds(30), Duration.ofMinutes(5),
                new NotificationProperties.Sms(NotificationProperties.SmsGatewayType.LOG, URI.create("http://unused"), Duration.ofSeconds(1)));
    }

    private void claimSucceedsAtAttempt(int attempt, OutboundMessage message) {
        when(mapper.claim(ID, 300)).thenReturn(1);
        when(mapper.findById(ID)).thenReturn(new OutboxRow(ID, attempt, message));
    }

    @Test
    void aSentMessageIsMarkedSentUnderItsAttempt() {
        claimSucceedsAtAttempt(1, EMAIL);

        dispatcher.dispatchDue();

        verify(emailSender).send(EMAIL);
        verify(mapper).markDone(ID, 1, DeliveryStatus.SENT);
    }

    @Test
    void smsGoesToTheGatewayWithTheOutboxIdAndIsSentWhenTheGatewayAcceptedIt() {
        OutboundMessage sms = OutboundMessage.sms("unit-sms", "+8613812345678", "Text");
        claimSucceedsAtAttempt(1, sms);
        when(smsGateway.send(ID, sms)).thenReturn(DeliveryStatus.SENT);

        dispatcher.dispatchDue();

        verify(smsGateway).send(ID, sms);
        verify(mapper).markDone(ID, 1, DeliveryStatus.SENT);
        verifyNoInteractions(emailSender);
    }

    @Test
    void smsThroughTheLoggingGatewayIsLoggedNotSent() {
        OutboundMessage sms = OutboundMessage.sms("unit-sms-log", "+8613812345678", "Text");
        claimSucceedsAtAttempt(1, sms);
        OutboxDispatcher logOnly = new OutboxDispatcher(mapper, emailSender, new LoggingSmsGateway(), transactionManager,
                properties());

        logOnly.dispatchDue();

        verify(mapper).markDone(ID, 1, DeliveryStatus.LOGGED);
        verify(mapper, never()).markDone(ID, 1, DeliveryStatus.SENT);
    }

    @Test
    void aRowAnotherDispatcherClaimedFirstIsNotSent() {
        when(mapper.claim(ID, 300)).thenReturn(0);

        dispatcher.dispatchDue();

        verifyNoInteractions(emailSender, smsGateway);
        verify(mapper, never()).findById(anyLong());
    }

    @Test
    void aFailureBeforeTheLastAttemptIsRetriedWithBackoff() {
        claimSucceedsAtAttempt(3, EMAIL);
        doThrow(new DeliveryException("email: MailSendException")).when(emailSender).send(EMAIL);

        dispatcher.dispatchDue();

        verify(mapper).markForRetry(ID, 3, Duration.ofMinutes(2).toSeconds(), "email: MailSendException");
        verify(mapper, never()).markFailed(anyLong(), anyInt(), anyString());
    }

    @Test
    void aFailureOfTheLastAttemptMarksTheRowFailed() {
        claimSucceedsAtAttempt(8, EMAIL);
        doThrow(new DeliveryException("email: MailSendException")).when(emailSender).send(EMAIL);

        dispatcher.dispatchDue();

        verify(mapper).markFailed(ID, 8, "email: MailSendException");
        verify(mapper, never()).markForRetry(anyLong(), anyInt(), anyLong(), anyString());
    }

    @Test
    void aRowReclaimedAfterItsLastAttemptDiedIsFailedWithoutSending() {
        claimSucceedsAtAttempt(9, EMAIL);

        dispatcher.dispatchDue();

        verifyNoInteractions(emailSender);
        verify(mapper).markFailed(eq(ID), eq(9), contains("interrupted"));
    }

    @Test
    void anUnexpectedExceptionIsRecordedByTypeNotByMessage() {
        claimSucceedsAtAttempt(1, EMAIL);
        doThrow(new IllegalStateException("someone@example.test refused")).when(emailSender).send(EMAIL);

        dispatcher.dispatchDue();

        verify(mapper).markForRetry(ID, 1, 30, "unexpected java.lang.IllegalStateException");
    }
}
