package com.lifeline.deletion;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerErasure;
import com.lifeline.customer.CustomerService;
import com.lifeline.notification.Outbox;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Erases an approved customer: first the engine's process instances that carried it (running ones
 * cancelled, history removed; engine commands of their own), then in one transaction the messages to its
 * addresses, every store row, its data key and the destruction record, written once. Run again (after a crash or a failed attempt) it finishes
 * or, when the record exists, does nothing. The customer's erasure key goes after the commit
 * (crypto-shredding that reaches backups, {@code crypto.ErasureKeys}); every node repeats that at
 * start-up from the destruction records ({@link ErasureKeySync}).
 */
@Service
public class Erasure {

    private final DeletionRequests requests;
    private final DeletionRequestMapper requestStore;
    private final DestructionRecordMapper records;
    private final CustomerService customers;
    private final CustomerErasure store;
    private final Outbox outbox;
    private final DeletionNotices notices;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final ProcessEngineConfigurationImpl engine;
    private final AuditLog audit;
    private final Clock clock;

    Erasure(DeletionRequests requests, DeletionRequestMapper requestStore, DestructionRecordMapper records,
            CustomerService customers, CustomerErasure store, Outbox outbox, DeletionNotices notices,
            RuntimeService runtime, HistoryService history, ProcessEngineConfigurationImpl engine, AuditLog audit,
            Clock clock) {
        this.requests = requests;
        this.requestStore = requestStore;
        this.records = records;
        this.customers = customers;
        this.store = store;
        this.outbox = outbox;
        this.notices = notices;
        this.runtime = runtime;
        this.history = history;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param ownProcessInstanceId the deletion-approval instance doing this: it keeps running (ids only)
     * @return false if a hold keeps the customer after all: the request is closed HELD and nothing is deleted
     */
    @Transactional
    public boolean eraseUnlessHeld(long requestId, String ownProcessInstanceId) {
        DeletionRequest request = requests.find(requestId);
        if (records.findByRequest(requestId).isPresent()) {
            return true;
        }
        if (request.status() != DeletionStatus.APPROVED) {
            throw new IllegalStateException("deletion request " + requestId + " is " + request.status() + ", not APPROVED");
        }
        if (requests.closeIfHeld(requestId)) {
            return false;
        }
        Customer customer = customers.get(request.customerId());
        Map<String, Integer> destroyed = new LinkedHashMap<>();
        destroyed.put("process_instances", removeProcessInstances(customer, ownProcessInstanceId));
        destroyed.put("messages", outbox.forgetRecipients(store.addressesOf(customer)));
        if (request.byCustomer()) {
            notices.erasedToCustomer(request, customer);
        }
        destroyed.putAll(store.erase(customer.id()));
        Instant now = clock.instant();
        requestStore.markErased(customer.id(), requestId, now);
        String categories = destroyed.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
        records.insertOnce(new DestructionRecord(null, request.customerNumber(), requestId, request.reason(),
                request.requestedBy(), request.decidedBy(), request.requestedAt(), request.decidedAt(), now, categories),
                customer.id());
        audit.record(request.decidedBy(), AuditAction.DELETE, request.customerNumber(), "customer erased: " + categories);
        return true;
    }

    /**
     * Every process instance that carried the customer (by business key, customerId or customerNumber) but
     * this one: running ones cancelled, then history removed. The engine checks history only after its
     * own flush, so each runs as a command of its own (committed at once; a retry finds nothing left).
     */
    private int removeProcessInstances(Customer customer, String own) {
        Set<String> ids = new LinkedHashSet<>();
        List<HistoricProcessInstance> found = new ArrayList<>();
        found.addAll(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(customer.customerNumber()).list());
        found.addAll(history.createHistoricProcessInstanceQuery().variableValueEquals("customerId", customer.id()).list());
        found.addAll(history.createHistoricProcessInstanceQuery()
                .variableValueEquals("customerNumber", customer.customerNumber()).list());
        found.forEach(instance -> ids.add(instance.getRootProcessInstanceId() != null
                ? instance.getRootProcessInstanceId() : instance.getId()));
        ids.remove(own);
        if (ids.isEmpty()) {
            return 0;
        }
        List<String> list = List.copyOf(ids);
        CommandExecutor separately = engine.getCommandExecutorTxRequiresNew();
        separately.execute(context -> {
            List<String> running = runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                    .map(p -> p.getId()).toList();
            if (!running.isEmpty()) {
                runtime.deleteProcessInstancesIfExists(running, "customer erased", true, true, true);
            }
            return null;
        });
        separately.execute(context -> {
            history.deleteHistoricProcessInstancesIfExists(list);
            return null;
        });
        return list.size();
    }
}
