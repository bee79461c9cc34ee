package com.lifeline.directory;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.customer.ChangeLogMapper;
import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerMapper;
import com.lifeline.customer.CustomerNotFoundException;
import com.lifeline.customer.CustomerScope;
import com.lifeline.customer.CustomerScopes;
import com.lifeline.customer.CustomerService;
import com.lifeline.customer.CustomerStatus;
import com.lifeline.customer.CustomerView;
import com.lifeline.customer.NameKeys;
import com.lifeline.customer.NotAllowedException;
import com.lifeline.customer.StatusChanges;
import com.lifeline.org.StaffGroups;
import com.lifeline.phone.PhoneNumbers;
import com.lifeline.security.CurrentUser;
import com.lifeline.web.InvalidRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Staff's way into the customer store: view, search and status changes, always within the
 * caller's scope. A customer outside it is "not found", never "forbidden", so its existence
 * is not confirmed.
 */
@Service
public class CustomerDirectory {

    private static final Pattern NUMBER_PREFIX = Pattern.compile("^[A-Z]{2}\\d{0,12}$");
    private static final int SEARCH_LIMIT = 50;

    private final CustomerMapper mapper;
    private final CustomerScopes scopes;
    private final StatusChanges statusChanges;
    private final CustomerService customers;
    private final ChangeLogMapper changeLog;
    private final CustomerCrypto crypto;
    private final PhoneNumbers phones;
    private final AuditLog audit;
    private final Clock clock;

    CustomerDirectory(CustomerMapper mapper, CustomerScopes scopes, StatusChanges statusChanges, StaffGroups roles,
                      CustomerService customers, ChangeLogMapper changeLog,
                      CustomerCrypto crypto, @Value("${lifeline.entry.phone-region}") String phoneRegion,
                      AuditLog audit, Clock clock) {
        roles.requireKnown("lifeline.customer.status-changes groups", statusChanges.groups());
        this.mapper = mapper;
        this.scopes = scopes;
        this.statusChanges = statusChanges;
        this.customers = customers;
        this.changeLog = changeLog;
        this.crypto = crypto;
        this.phones = new PhoneNumbers(phoneRegion);
        this.audit = audit;
        this.clock = clock;
    }

    public CustomerView view(CurrentUser user, String number) {
        CustomerScope scope = scopes.of(user);
        Customer sealed = mapper.findByNumberInScope(number, scope).orElseThrow(() -> new CustomerNotFoundException(number));
        Customer customer = customers.get(sealed.id());
        boolean full = scope.showsFullDetailsOf(customer);
        audit.record(user.userId(), AuditAction.VIEW, number, full ? "all fields" : "basic fields, masked");
        return CustomerView.of(customer, customers.contactsOf(customer.id()), full);
    }

    public List<CustomerView.Summary> search(CurrentUser user, String text, CustomerStatus status) {
        CustomerScope scope = scopes.of(user);
        String query = text == null ? "" : text.strip();
        if (query.length() > 100) {
            throw new InvalidRequestException("q", "搜索内容最多 100 个字符");
        }
        String numberPrefix = null;
        String nameLike = null;
        String nameIndex = null;
        String phoneIndex = null;
        String kind = "status";
        if (!query.isEmpty() && NUMBER_PREFIX.matcher(query.toUpperCase()).matches()) {
            numberPrefix = query.toUpperCase();
            kind = "number";
        } else if (!query.isEmpty() && phones.canonical(query).isPresent()) {
            phoneIndex = crypto.index(phones.canonical(query).get());
            kind = "phone";
        } else if (!query.isEmpty()) {
            nameLike = NameKeys.of(query).replace("%", "\\%").replace("_", "\\_");
            nameIndex = crypto.nameIndex(NameKeys.of(query));
            kind = "name";
        }
        List<Customer> found = mapper.search(scope, numberPrefix, nameLike, nameIndex, phoneIndex, status, SEARCH_LIMIT);
        audit.record(user.userId(), AuditAction.SEARCH, null, "by " + kind + ", " + found.size() + " results");
        return found.stream().map(c -> CustomerView.Summary.of(customers.get(c.id()), scope.showsFullDetailsOf(c))).toList();
    }

    /** The statuses a user may set on a customer in this status here (none if their role may not). */
    public Set<CustomerStatus> statusChangesFor(CurrentUser user, CustomerStatus from) {
        return statusChanges.allowedFrom(from, user.groupIds());
    }

    @Transactional
    public void changeStatus(CurrentUser user, String number, CustomerStatus to, String reason) {
        CustomerScope scope = scopes.of(user);
        Customer customer = mapper.findByNumberInScope(number, scope).orElseThrow(() -> new CustomerNotFoundException(number));
        if (!statusChanges.mayChangeAny(user.groupIds())) {
            throw new NotAllowedException("您的角色不能修改客户状态");
        }
        if (mapper.findByNumberInScope(number, scope.writable()).isEmpty()) {
            throw new NotAllowedException("访问申请只开放查看,不能修改该客户的状态");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > statusChanges.reasonMaxLength()) {
            throw new InvalidRequestException("reason", "请写明原因(最多 " + statusChanges.reasonMaxLength() + " 个字符)");
        }
        if (to == null) {
            throw new InvalidRequestException("status", "必填");
        }
        if (!statusChanges.allowedFrom(customer.status(), user.groupIds()).contains(to)) {
            throw new InvalidRequestException("status", "不能从 " + customer.status() + " 改为 " + to);
        }
        mapper.updateStatus(customer.id(), customer.status(), to, clock.instant());
        changeLog.insert(customer.id(), "status", customer.status().name(), to.name(), false, reason.strip(),
                user.userId(), clock.instant());
        audit.record(user.userId(), AuditAction.CHANGE, number, "status");
    }
}
