package com.lifeline.change;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.customer.CustomerService;
import com.lifeline.links.LinkPurpose;
import com.lifeline.links.SignedLinks;
import com.lifeline.verification.LinkProperties;
import com.lifeline.web.BaseUrlProperties;
import com.lifeline.web.InvalidRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * The customer's side of a change of key fields: a signed link (purpose CHANGE_CONFIRMATION, the change's
 * id) to a page with the new values masked; 确认 applies them, 不对 (with a remark) returns the change to
 * the owner. The owner may record a phone confirmation instead. Each answer moves the process on.
 */
@Service
public class ChangeConfirmations {

    private final CustomerChanges changes;
    private final CustomerService customers;
    private final ChangeNotices notices;
    private final SignedLinks signer;
    private final LinkProperties links;
    private final BaseUrlProperties app;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final Clock clock;

    ChangeConfirmations(CustomerChanges changes, CustomerService customers, ChangeNotices notices, SignedLinks signer,
                        LinkProperties links, BaseUrlProperties app, RuntimeService runtime, AuditLog audit, Clock clock) {
        this.changes = changes;
        this.customers = customers;
        this.notices = notices;
        this.signer = signer;
        this.links = links;
        this.app = app;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends the link (again, for the reminder). */
    @Transactional
    public void ask(long changeId, boolean reminder) {
        CustomerChange change = changes.find(changeId);
        notices.askToConfirm(customers.get(change.customerId()), changeId, link(change), reminder);
    }

    public String link(CustomerChange change) {
        return app.baseUrl() + "/c/change/" + signer.sign(LinkPurpose.CHANGE_CONFIRMATION, change.id(), expiry(change));
    }

    public ChangeConfirmationView view(String token) {
        CustomerChange change = byToken(token);
        audit.record(customerActor(change), AuditAction.VIEW, change.customerNumber(), "change confirmation page");
        return new ChangeConfirmationView(change.customerNumber(), change.status() != ChangeStatus.PENDING_CONFIRMATION
                ? java.util.List.of() : changes.pendingFields(change.id()).stream()
                .map(f -> new ChangeConfirmationView.Line(ChangeFieldLabels.label(f.field()),
                        ChangeFieldLabels.masked(f.field(), f.before()), ChangeFieldLabels.masked(f.field(), f.after())))
                .toList(), change.status());
    }

    @Transactional
    public void confirm(String token) {
        CustomerChange change = byToken(token);
        changes.confirm(change.id(), customerActor(change), "LINK", null);
        correlate(change.id(), CustomerChanges.MESSAGE_CONFIRMED);
    }

    @Transactional
    public void refuse(String token, String remark) {
        String text = remark == null ? "" : remark.strip();
        if (text.length() < 2 || text.length() > CustomerChanges.MAX_TEXT || text.contains("<") || text.contains(">")) {
            throw new InvalidRequestException("remark", "请用 2–" + CustomerChanges.MAX_TEXT + " 个字说明哪里不对(不能包含 < >)");
        }
        CustomerChange change = byToken(token);
        changes.refuse(change.id(), customerActor(change), "LINK", text);
        correlate(change.id(), CustomerChanges.MESSAGE_REFUSED);
    }

    /** The owner (or anyone who may change the customer) reached the customer by phone, who confirmed. */
    @Transactional
    public void confirmByPhone(String actor, long changeId, String note) {
        CustomerChange change = changes.find(changeId);
        changes.changeable(actor, change.customerNumber());
        String text = note == null ? "" : note.strip();
        if (text.length() < 2 || text.length() > CustomerChanges.MAX_TEXT) {
            throw new InvalidRequestException("callNote", "请记录通话内容(2–" + CustomerChanges.MAX_TEXT + " 个字)");
        }
        changes.confirm(changeId, actor, "PHONE", text);
        correlate(changeId, CustomerChanges.MESSAGE_CONFIRMED);
    }

    private void correlate(long changeId, String message) {
        // the process may be past waiting (the owner is already calling): the answer stands all the same
        runtime.createMessageCorrelation(message)
                .processInstanceVariableEquals(ChangeVariables.CHANGE_ID, changeId)
                .correlateAllWithResult();
    }

    private CustomerChange byToken(String token) {
        Instant now = clock.instant();
        long id = signer.verify(LinkPurpose.CHANGE_CONFIRMATION, token, now).orElseThrow(ChangeLinkRefusedException::new);
        CustomerChange change = changes.findIfAny(id).orElseThrow(ChangeLinkRefusedException::new);
        if (now.isAfter(expiry(change))) {
            throw new ChangeLinkRefusedException();
        }
        return change;
    }

    private Instant expiry(CustomerChange change) {
        return change.createdAt().plus(links.validity());
    }

    private static String customerActor(CustomerChange change) {
        return "customer:" + change.customerNumber();
    }
}
