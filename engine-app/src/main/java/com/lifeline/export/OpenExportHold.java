package com.lifeline.export;

import com.lifeline.customer.DeletionHold;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** A customer in an export still awaiting approval or downloadable is kept until it is decided or expires. */
@Component
class OpenExportHold implements DeletionHold {

    private final ExportMapper mapper;

    OpenExportHold(ExportMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<String> reasonToKeep(long customerId) {
        return mapper.openExportOf(customerId).map(id -> "客户在未结束的导出 " + id + " 中(审批中或尚可下载)");
    }
}
