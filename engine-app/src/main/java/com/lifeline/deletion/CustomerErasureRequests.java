package com.lifeline.deletion;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerService;
import com.lifeline.database.GeneratedId;
import com.lifeline.links.LinkPurpose;
import com.lifeline.links.SignedLinks;
import com.lifeline.notification.OutboundMessage;
import com.lifeline.notification.Outbox;
import com.lifeline.verification.CustomerConfirmations;
import com.lifeline.web.ClientErrorException;
import com.lifeline.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The customer asks for the erasure of their own data from their confirmation link: a one-time code
 * goes to the channel they registered (email, else SMS); the code, sent back with its signed token
 * ({@link LinkPurpose#ERASURE_REQUEST}), starts a CUSTOMER_REQUEST in deletion approval. 5 tries, 15 minutes,
 * at most 3 codes an hour.
 */
@Service
public class CustomerErasureRequests {

    static final Duration CODE_VALIDITY = Duration.ofMinutes(15);
    static final int MAX_ATTEMPTS = 5;
    /** new codes per customer and hour: each costs the customer a message and gives 5 more tries */
    static final int MAX_CODES_PER_HOUR = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CustomerConfirmations confirmations;
    private final CustomerService customers;
    private final ErasureCodeMapper codes;
    private final DeletionRequests requests;
    private final CustomerCrypto crypto;
    private final SignedLinks signer;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Clock clock;

    CustomerErasureRequests(CustomerConfirmations confirmations, CustomerService customers, ErasureCodeMapper codes,
                            DeletionRequests requests, CustomerCrypto crypto, SignedLinks signer, Outbox outbox,
                            TransactionTemplate transactions, AuditLog audit, Clock clock) {
        this.confirmations = confirmations;
        this.customers = customers;
        this.codes = codes;
        this.requests = requests;
        this.crypto = crypto;
        this.signer = signer;
        this.outbox = outbox;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends a code; returns the token to send back with it. */
    @Transactional
    public String sendCode(String confirmationToken) {
        Customer customer = customers.get(confirmations.customerIdOf(confirmationToken));
        Instant now = clock.instant();
        if (codes.countSince(customer.id(), now.minus(Duration.ofHours(1))) >= MAX_CODES_PER_HOUR) {
            throw new TooManyCodesException();
        }
        Instant expires = now.plus(CODE_VALIDITY);
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        GeneratedId key = new GeneratedId();
        codes.insert(key, customer.id(), "-", expires, now);
        codes.setHash(key.getId(), hash(key.getId(), code));
        String text = "您正在申请删除您在 Lifeline 的资料(客户编号 " + customer.customerNumber() + "),验证码 " + code
                + ",15 分钟内有效。如非本人操作,请忽略。";
        // the customer's own request is answered on the channel they registered; not a use for a purpose
        if (customer.email() != null) {
            outbox.enqueue(OutboundMessage.email("erasure-code-" + key.getId(), customer.email(), "【Lifeline】删除资料验证码", text));
        } else {
            outbox.enqueue(OutboundMessage.sms("erasure-code-" + key.getId(), customer.phone(), "【Lifeline】" + text));
        }
        audit.record("customer:" + customer.customerNumber(), AuditAction.VIEW, customer.customerNumber(), "erasure code sent");
        return signer.sign(LinkPurpose.ERASURE_REQUEST, key.getId(), expires);
    }

    /** The code checks out: the request is made (a wrong code counts a try, which stays counted). */
    public DeletionRequest confirm(String erasureToken, String code) {
        Instant now = clock.instant();
        long id = signer.verify(LinkPurpose.ERASURE_REQUEST, erasureToken, now).orElseThrow(LinkExpiredException::new);
        ErasureCode stored = codes.findById(id).orElseThrow(LinkExpiredException::new);
        if (now.isAfter(stored.expiresAt()) || codes.countAttempt(id, MAX_ATTEMPTS) != 1) {
            throw new LinkExpiredException();
        }
        if (code == null || !MessageDigest.isEqual(hash(id, code.strip()).getBytes(StandardCharsets.UTF_8),
                stored.codeHash().getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidRequestException("code", "验证码不正确");
        }
        return transactions.execute(status -> {
            if (codes.markUsed(id, now) != 1) {
                throw new LinkExpiredException();
            }
            Customer customer = customers.get(stored.customerId());
            return requests.find(requests.requestDeletion(customer.id(), DeletionReason.CUSTOMER_REQUEST,
                    "客户本人通过确认链接申请删除,已用发送至登记联系方式的验证码确认", "customer:" + customer.customerNumber(),
                    DeletionSource.CUSTOMER));
        });
    }

    private String hash(long codeId, String code) {
        return crypto.index("erasure-code:" + codeId + ":" + code);
    }

    /** Three codes within the hour already. */
    static class TooManyCodesException extends ClientErrorException {
        TooManyCodesException() {
            super(HttpStatus.TOO_MANY_REQUESTS, null, "验证码发送过于频繁,请一小时后再试");
        }
    }

    /** The code's token is forged, expired, used or out of tries: ask for a new code. */
    static class LinkExpiredException extends ClientErrorException {
        LinkExpiredException() {
            super(HttpStatus.GONE, null, "验证码已失效,请重新获取");
        }
    }
}
