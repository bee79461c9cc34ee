package com.lifeline.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Sends an outbox email as UTF-8 plain text. The Message-ID is derived from the idempotency key,
 * so a repeated send carries the same ID and mail systems that drop duplicate IDs drop it; the
 * key itself travels in {@value #IDEMPOTENCY_HEADER} for receivers that look for it.
 */
@Component
public class EmailSender {

    public static final String IDEMPOTENCY_HEADER = "X-Lifeline-Idempotency-Key";

    private final JavaMailSender mailSender;
    private final String from;
    private final String messageIdDomain;

    public EmailSender(JavaMailSender mailSender, NotificationProperties properties) {
        this.mailSender = mailSender;
        this.from = properties.from();
        this.messageIdDomain = domainOf(properties.from());
    }

    public void send(OutboundMessage message) {
        try {
            mailSender.send(mimeMessage(message));
        } catch (MessagingException | MailException e) {
            throw new DeliveryException("email: " + typesOf(e));
        }
    }

    private MimeMessage mimeMessage(OutboundMessage message) throws MessagingException {
        MimeMessage mime = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(message.recipient());
        if (message.subject() != null) {
            helper.setSubject(message.subject());
        }
        helper.setText(message.body());
        // JavaMailSenderImpl keeps a Message-ID that is set before sending
        mime.setHeader("Message-ID", messageId(message.idempotencyKey()));
        mime.setHeader(IDEMPOTENCY_HEADER, message.idempotencyKey());
        return mime;
    }

    /** A hash, because a key may hold characters a Message-ID must not. */
    String messageId(String idempotencyKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash) + "@" + messageIdDomain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String domainOf(String from) {
        try {
            String address = new InternetAddress(from, true).getAddress();
            return address.substring(address.indexOf('@') + 1);
        } catch (AddressException e) {
            throw new IllegalArgumentException("lifeline.notification.from is not an email address", e);
        }
    }

    /** Mail exceptions quote addresses in their messages, so only their types are kept. */
    private static String typesOf(Exception e) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
        String type = e.getClass().getSimpleName();
        return root == e ? type : type + " caused by " + root.getClass().getSimpleName();
    }
}
