package com.lifeline.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.ArrayList;
import java.util.List;

/**
 * Who did what to which customer, when and from where. Records customer numbers and field names,
 * never values. Entries are chained to the previous one ({@link AuditChain}).
 * <p>
 * Inside a transaction the entries are appended just before it commits: still atomic with the
 * action (a rolled-back action leaves no entry), but the chain's lock is held only for the commit
 * itself, not for the whole business transaction, so concurrent entries don't queue behind each
 * other. Called outside a transaction, the entry gets its own.
 */
@Service
public class AuditLog {

    private final AuditChain chain;
    private final TransactionTemplate ownTransaction;

    AuditLog(AuditChain chain, TransactionTemplate transactions) {
        this.chain = chain;
        this.ownTransaction = transactions;
    }

    public void record(String actor, AuditAction action, String customerNumber, String detail) {
        recordFrom(actor, action, customerNumber, detail, sourceIp());
    }

    /** For callers that know the address themselves (servlet filters outside Spring MVC's request scope). */
    public void recordFrom(String actor, AuditAction action, String customerNumber, String detail, String sourceIp) {
        Pending entry = new Pending(actor == null ? "system" : truncate(actor, 64), action, customerNumber,
                detail == null ? null : truncate(detail, 500), sourceIp);
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            pendingInThisTransaction().add(entry);
        } else {
            ownTransaction.executeWithoutResult(status -> append(List.of(entry)));
        }
    }

    private List<Pending> pendingInThisTransaction() {
        @SuppressWarnings("unchecked")
        List<Pending> pending = (List<Pending>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<Pending> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    append(created);
                    created.clear();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
                }
            });
            return created;
        }
        return pending;
    }

    private void append(List<Pending> entries) {
        for (Pending e : entries) {
            chain.append(e.actor(), e.action(), e.customerNumber(), e.detail(), e.sourceIp());
        }
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    /** The caller's address: from the filter that saw the request first, else Spring MVC's current request, else null. */
    public static String sourceIp() {
        String address = SourceAddressFilter.current();
        if (address != null) {
            return address;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private record Pending(String actor, AuditAction action, String customerNumber, String detail, String sourceIp) {
    }
}
