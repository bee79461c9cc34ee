package com.lifeline.contactcare;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.customer.CustomerService;
import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Signed consent letters as files: only PDF, JPEG and PNG, recognised by their first bytes (a text file
 * named .png is refused), up to {@code lifeline.contact-care.evidence-max-size}; sealed with the
 * customer's data key, so the customer's erasure leaves nothing readable, and deleted by it.
 */
@Service
class EvidenceFiles {

    static final String FIELD = "consent.evidenceFile";
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", "%PDF-".getBytes(),
            "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final EvidenceFileMapper mapper;
    private final CustomerCrypto crypto;
    private final CustomerService customers;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxBytes;

    EvidenceFiles(EvidenceFileMapper mapper, CustomerCrypto crypto, CustomerService customers, AuditLog audit,
                  Clock clock, ContactCareProperties properties) {
        this.mapper = mapper;
        this.crypto = crypto;
        this.customers = customers;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = properties.evidenceMaxSize().toBytes();
    }

    record CheckedFile(String contentType, byte[] content) {
    }

    /** The file's type by its bytes, or a refusal naming the field {@code file}; nothing is stored here. */
    CheckedFile check(MultipartFile file) {
        if (file.getSize() > maxBytes) {
            throw new EvidenceRefusedException(HttpStatus.PAYLOAD_TOO_LARGE,
                    "文件太大:授权书最大 " + maxBytes / (1024 * 1024) + " MB");
        }
        byte[] content = bytesOf(file);
        String type = typeOf(content).orElseThrow(() -> new EvidenceRefusedException(HttpStatus.BAD_REQUEST,
                "只接受 PDF、JPEG 或 PNG 文件(按文件内容判断,不按文件名)"));
        String declared = file.getContentType();
        if (declared != null && SIGNATURES.containsKey(declared) && !declared.equals(type)) {
            throw new EvidenceRefusedException(HttpStatus.BAD_REQUEST, "文件内容与声明的类型不符");
        }
        return new CheckedFile(type, content);
    }

    void store(long customerId, long consentId, CheckedFile file, String actor) {
        byte[] sealed = crypto.sealBytes(crypto.keyOf(customerId), FIELD, file.content());
        mapper.insert(consentId, customerId, file.contentType(), file.content().length, sealed, actor, clock.instant());
        audit.record(actor, AuditAction.CREATE, customers.get(customerId).customerNumber(), "consent evidence file");
    }

    /** The opened letter of one of the contact's consent rows, audited as a download; empty when it has none. */
    Optional<CheckedFile> open(long customerId, String customerNumber, long contactId, long consentId, String actor) {
        EvidenceFileMapper.StoredFile stored = mapper.find(customerId, consentId);
        if (stored == null || stored.contactId() == null || stored.contactId() != contactId) {
            return Optional.empty();
        }
        audit.record(actor, AuditAction.DOWNLOAD, customerNumber, "consent evidence file");
        return Optional.of(new CheckedFile(stored.contentType(),
                crypto.openBytes(crypto.keyOf(customerId), FIELD, stored.sealedContent())));
    }

    static Optional<String> typeOf(byte[] content) {
        return SIGNATURES.entrySet().stream()
                .filter(s -> content.length >= s.getValue().length
                        && Arrays.equals(Arrays.copyOf(content, s.getValue().length), s.getValue()))
                .map(Map.Entry::getKey).findFirst();
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded evidence", e);
        }
    }

    /** No letter was uploaded with that consent row of the contact. */
    static class NoLetterException extends ClientErrorException {
        NoLetterException() {
            super(HttpStatus.NOT_FOUND, null, "此授权记录没有上传授权书");
        }
    }

    /** An upload refused for its size (413) or its content (400). */
    static class EvidenceRefusedException extends ClientErrorException {
        EvidenceRefusedException(HttpStatus status, String message) {
            super(status, "file", message);
        }
    }
}
