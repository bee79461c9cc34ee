package com.lifeline.deletion;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.customer.CustomerNotFoundException;
import com.lifeline.web.InvalidRequestException;
import org.springframework.stereotype.Service;

import java.util.List;

/** What compliance reads to show a customer is gone: every read audited. */
@Service
class DestructionRecords {

    static final int PAGE_SIZE = 50;

    private final DestructionRecordMapper mapper;
    private final AuditLog audit;

    DestructionRecords(DestructionRecordMapper mapper, AuditLog audit) {
        this.mapper = mapper;
        this.audit = audit;
    }

    List<DestructionRecord> page(String reader, int page) {
        if (page < 0) {
            throw new InvalidRequestException("page", "不能小于 0");
        }
        List<DestructionRecord> records = mapper.page(page * PAGE_SIZE, PAGE_SIZE);
        audit.record(reader, AuditAction.SEARCH, null, "destruction records, page " + page);
        return records;
    }

    DestructionRecord of(String reader, String customerNumber) {
        DestructionRecord record = mapper.findByNumber(customerNumber)
                .orElseThrow(() -> new CustomerNotFoundException(customerNumber));
        audit.record(reader, AuditAction.VIEW, customerNumber, "destruction record");
        return record;
    }
}
