package com.lifeline.deletion;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerMapper;
import com.lifeline.customer.CustomerNotFoundException;
import com.lifeline.customer.CustomerScopes;
import com.lifeline.customer.CustomerService;
import com.lifeline.customer.DeletionHold;
import com.lifeline.customer.NotAllowedException;
import com.lifeline.database.GeneratedId;
import com.lifeline.org.StaffGroups;
import com.lifeline.security.CurrentUser;
import com.lifeline.web.ConcurrentChangeException;
import com.lifeline.web.InvalidRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deletion requests: who may ask, what a request must say, one open request per customer, the holds
 * that keep a customer, and the department head's decision. Every request starts deletion-approval.
 */
@Service
public class DeletionRequests {

    static final String EVIDENCE_FIELD = "deletion.evidence";
    static final String DECISION_FIELD = "deletion.decisionReason";
    static final int MIN_TEXT = 5;
    static final int MAX_TEXT = 2000;

    private final DeletionRequestMapper mapper;
    private final CustomerMapper customerStore;
    private final CustomerService customers;
    private final CustomerScopes scopes;
    private final CustomerCrypto crypto;
    private final List<DeletionHold> holds;
    private final List<String> requesterGroups;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final Clock clock;

    DeletionRequests(DeletionRequestMapper mapper, CustomerMapper customerStore, CustomerService customers,
                     CustomerScopes scopes, CustomerCrypto crypto, List<DeletionHold> holds, RuntimeService runtime,
                     AuditLog audit, Clock clock, StaffGroups groups,
                     @Value("${lifeline.deletion.requesters}") List<String> requesterGroups) {
        groups.requireKnown("lifeline.deletion.requesters", requesterGroups);
        this.requesterGroups = List.copyOf(requesterGroups);
        this.mapper = mapper;
        this.customerStore = customerStore;
        this.customers = customers;
        this.scopes = scopes;
        this.crypto = crypto;
        this.holds = holds;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A staff member asks (directory page, REST): the customer's owner chain (who may change it) or a
     * data steward. A held customer is refused at once (409 with the reason), as is a second open request.
     */
    @Transactional
    public DeletionRequest request(CurrentUser user, String customerNumber, String reason, String evidence,
                                   DeletionSource source) {
        Customer customer = customerStore.findByNumberInScope(customerNumber, scopes.of(user))
                .orElseThrow(() -> new CustomerNotFoundException(customerNumber));
        if (!mayRequest(user, customerNumber)) {
            throw new NotAllowedException("只有客户负责人及其主管、部门负责人或数据维护专员可以申请删除");
        }
        DeletionReason parsed = parseReason(reason);
        String text = checkedText("evidence", evidence, "请写明删除依据");
        Optional<String> hold = holdOn(customer.id());
        if (hold.isPresent()) {
            throw new CustomerHeldException(customerNumber, hold.get());
        }
        return find(start(customer, parsed, text, user.userId(), source));
    }

    /**
     * For other features and schedules (the dormancy check's <em>invalid</em> outcome, the retention
     * sweep): starts deletion-approval for the customer, no scope applied. A hold is checked in the
     * process, which records it and tells {@code requestedBy} (a user id, or {@code system:…} for no one).
     *
     * @throws OpenDeletionRequestException if the customer has an open request (409)
     * @throws InvalidRequestException if the evidence is blank or too long (400)
     * @return the request's id
     */
    @Transactional
    public long requestDeletion(long customerId, DeletionReason reason, String evidence, String requestedBy,
                                DeletionSource source) {
        if (reason == null) {
            throw new InvalidRequestException("reason", "必填");
        }
        return start(customers.get(customerId), reason, checkedText("evidence", evidence, "请写明删除依据"),
                requestedBy, source);
    }

    /**
     * Members of {@code lifeline.deletion.requesters} (the owner's chain, data stewards) for a customer they
     * may change; an access grant never allows it.
     */
    public boolean mayRequest(CurrentUser user, String customerNumber) {
        return user.groupIds().stream().anyMatch(requesterGroups::contains)
                && customerStore.findByNumberInScope(customerNumber, scopes.of(user).writable()).isPresent();
    }

    /** The first hold that keeps the customer, if any. */
    public Optional<String> holdOn(long customerId) {
        return holds.stream().map(h -> h.reasonToKeep(customerId)).flatMap(Optional::stream).findFirst();
    }

    /** The process's hold check: true (and the request closed as HELD) when something keeps the customer. */
    @Transactional
    public boolean closeIfHeld(long requestId) {
        DeletionRequest request = find(requestId);
        Optional<String> hold = holdOn(request.customerId());
        hold.ifPresent(reason -> mapper.markHeld(requestId, reason, clock.instant()));
        return hold.isPresent();
    }

    /** The department head's (or the committee's) decision, with its reason. */
    @Transactional
    public void decide(long requestId, String approver, boolean approve, String reason) {
        DeletionRequest request = find(requestId);
        String text = checkedText(DeletionVariables.DECISION_REASON, reason, "请写明审批理由");
        String sealed = crypto.seal(crypto.keyOf(request.customerId()), DECISION_FIELD, text);
        if (mapper.decide(requestId, approve ? DeletionStatus.APPROVED : DeletionStatus.REJECTED, approver, sealed,
                clock.instant()) != 1) {
            throw new ConcurrentChangeException("该任务已被他人处理,请刷新");
        }
        audit.record(approver, AuditAction.REVIEW, request.customerNumber(), approve ? "deletion approved" : "deletion rejected");
    }

    public DeletionRequest find(long requestId) {
        return mapper.findById(requestId).orElseThrow(() -> new IllegalStateException("deletion request " + requestId + " is missing"));
    }

    /** The evidence in plain text, while the customer exists. */
    String evidenceOf(DeletionRequest request) {
        return crypto.open(crypto.keyOf(request.customerId()), EVIDENCE_FIELD, request.evidence());
    }

    private long start(Customer customer, DeletionReason reason, String evidence, String requestedBy, DeletionSource source) {
        GeneratedId key = new GeneratedId();
        try {
            mapper.insert(key, customer.id(), customer.customerNumber(), reason,
                    crypto.seal(crypto.keyOf(customer.id()), EVIDENCE_FIELD, evidence), requestedBy, source, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new OpenDeletionRequestException(customer.customerNumber());
        }
        long id = key.getId();
        // started by the application as no user: the variables are ours, and routing reads only them
        String instance = runtime.startProcessInstanceByKey(DeletionVariables.PROCESS_KEY, customer.customerNumber(),
                Map.of(DeletionVariables.REQUEST_ID, id, DeletionVariables.CUSTOMER_ID, customer.id(),
                        DeletionVariables.CUSTOMER_NUMBER, customer.customerNumber(),
                        DeletionVariables.OWNER, customer.ownerUserId())).getId();
        mapper.setProcessInstance(id, instance);
        audit.record(requestedBy, AuditAction.CREATE, customer.customerNumber(), "deletion request: " + reason.name());
        return id;
    }

    private static DeletionReason parseReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "必填:INVALID_DATA、CUSTOMER_REQUEST、CONTRACT_ENDED 或 RETENTION_EXPIRED");
        }
        try {
            return DeletionReason.valueOf(reason.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("reason", "只能是 INVALID_DATA、CUSTOMER_REQUEST、CONTRACT_ENDED 或 RETENTION_EXPIRED");
        }
    }

    private static String checkedText(String field, String text, String missing) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() < MIN_TEXT || stripped.length() > MAX_TEXT) {
            throw new InvalidRequestException(field, missing + "(" + MIN_TEXT + "–" + MAX_TEXT + " 个字)");
        }
        return stripped;
    }
}
