package com.lifeline.export;

import com.lifeline.customer.ErasureStep;
import org.springframework.stereotype.Component;

/**
 * Erasure: the customer leaves every export record, and an archive still on disk that holds them is
 * purged (a hold normally closes exports first; this covers one that opened in between).
 */
@Component
class ExportErasure implements ErasureStep {

    private final ExportMapper mapper;
    private final ExportArchives archives;

    ExportErasure(ExportMapper mapper, ExportArchives archives) {
        this.mapper = mapper;
        this.archives = archives;
    }

    @Override
    public String category() {
        return "export_items";
    }

    @Override
    public int erase(long customerId) {
        mapper.withFileOf(customerId).forEach(request -> archives.purge(request, "customer erased"));
        return mapper.deleteItemsOf(customerId);
    }
}
