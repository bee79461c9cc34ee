package com.lifeline.export;

import com.lifeline.consent.ConsentGate;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerScope;
import com.lifeline.customer.CustomerScopes;
import com.lifeline.customer.CustomerService;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An export's rows, read page by page from its customers: opened, checked against the requester's scope
 * again (a customer handed to someone else since is left out), contacts only where their consent covers
 * the use, sensitive fields masked unless the approval unmasked them and the requester sees them in full.
 */
@Component
class ExportRows {

    private static final int PAGE = 500;

    private final ExportMapper mapper;
    private final CustomerService customers;
    private final CustomerScopes scopes;
    private final ConsentGate consent;
    private final Clock clock;

    ExportRows(ExportMapper mapper, CustomerService customers, CustomerScopes scopes, ConsentGate consent, Clock clock) {
        this.mapper = mapper;
        this.customers = customers;
        this.scopes = scopes;
        this.consent = consent;
        this.clock = clock;
    }

    /** Writes the archive; returns the rows written. */
    int write(ExportRequest request, Path file, char[] password) throws IOException {
        List<ExportField> columns = request.columns();
        int[] written = {0};
        EncryptedArchive.write(file, "export-" + request.id() + ".csv", password, entry -> {
            CsvWriter csv = new CsvWriter(entry);
            csv.row(columns.stream().map(ExportField::header).toList());
            CustomerScope scope = scopes.ofUser(request.requestedBy());
            long after = 0;
            List<Long> page;
            do {
                page = mapper.itemsAfter(request.id(), after, PAGE);
                for (long id : page) {
                    ExportRecord record = record(request, scope, id, request.masked());
                    if (record != null) {
                        csv.row(cells(columns, record));
                        written[0]++;
                    }
                    after = id;
                }
            } while (page.size() == PAGE);
            csv.finish();
        });
        return written[0];
    }

    /** The first rows, always masked: what approvers see. */
    List<List<String>> sample(ExportRequest request, int size) {
        CustomerScope scope = scopes.ofUser(request.requestedBy());
        List<List<String>> sample = new ArrayList<>();
        for (long id : mapper.itemsAfter(request.id(), 0, size)) {
            ExportRecord record = record(request, scope, id, true);
            if (record != null) {
                sample.add(cells(request.columns(), record));
            }
        }
        return sample;
    }

    static List<String> cells(List<ExportField> columns, ExportRecord record) {
        List<String> cells = new ArrayList<>(columns.size());
        for (ExportField column : columns) {
            cells.add(column.valueOf(record));
        }
        return cells;
    }

    private ExportRecord record(ExportRequest request, CustomerScope scope, long customerId, boolean masked) {
        Customer customer = customers.get(customerId);
        boolean inScope = scope.all() || scope.owners().contains(customer.ownerUserId()) || scope.granted().contains(customerId);
        if (!inScope) {
            return null;
        }
        List<EmergencyContact> usable = customers.contactsOf(customerId).stream()
                .filter(c -> consent.mayUse(c.id(), request.usagePurpose().consent()))
                .sorted(Comparator.comparingInt(EmergencyContact::priority))
                .toList();
        return new ExportRecord(customer, usable.isEmpty() ? null : usable.get(0), usable.size() < 2 ? null : usable.get(1),
                masked || !scope.showsFullDetailsOf(customer), clock.getZone());
    }
}
