package com.lifeline.notification;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

import java.net.URI;
import java.time.Duration;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class EmailSenderTest {

    private final JavaMailSender mailSender = mock(JavaMailSender.class);
    private final EmailSender emailSender = new EmailSender(mailSender, new NotificationProperties(
            "Lifeline <no-reply@lifeline.local>", 8, Duration.ofSeconds(30), Duration.ofHours(1),
            Duration.ofSeconds(30), Duration.ofMinutes(5),
            new NotificationProperties.Sms(NotificationProperties.SmsGatewayType.LOG, URI.create("http://unused"), Duration.ofSeconds(1))));

    @Test
    void messageIdIsTheSameForTheSameKeyAndDiffersBetweenKeys() {
        String first = emailSender.messageId("customer-confirmation:17");

        assertThat(first).matches("<[0-9a-f]{64}@lifeline\\.local>");
        assertThat(emailSender.messageId("customer-confirmation:17")).isEqualTo(first);
        assertThat(emailSender.messageId("customer-confirmation:18")).isNotEqualTo(first);
    }

    @Test
    void preparesAUtf8TextMailCarryingTheKey() throws Exception {
        when(mailSender.createMimeMessage()).thenReturn(new MimeMessage(Session.getInstance(new Properties())));

        emailSender.send(OutboundMessage.email("key-7", "contact@example.test", "确认", "正文"));

        ArgumentCaptor<MimeMessage> sent = ArgumentCaptor.forClass(MimeMessage.class);
        verify(mailSender).send(sent.capture());
        MimeMessage mime = sent.getValue();
        assertThat(mime.getHeader("X-Lifeline-Idempotency-Key")).containsExactly("key-7");
        assertThat(mime.getHeader("Message-ID")).containsExactly(emailSender.messageId("key-7"));
        assertThat(mime.getFrom()[0].toString()).contains("no-reply@lifeline.local");
        assertThat(mime.getSubject()).isEqualTo("确认");
        assertThat(mime.getContent()).isEqualTo("正文");
    }

    @Test
    void aRefusalBecomesADeliveryExceptionThatDoesNotQuoteTheAddress() {
        when(mailSender.createMimeMessage()).thenReturn(new MimeMessage(Session.getInstance(new Properties())));
        doThrow(new MailSendException("550 <contact@example.test> unknown")).when(mailSender).send(any(MimeMessage.class));

        assertThatThrownBy(() -> emailSender.send(OutboundMessage.email("key-8", "contact@example.test", "s", "b")))
                .isInstanceOf(DeliveryException.class)
                .hasMessage("email: MailSendException");
    }
}
