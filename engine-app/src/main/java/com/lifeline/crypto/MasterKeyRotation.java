package com.lifeline.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.GeneralSecurityException;
import java.util.List;

/**
 * Rotates the master key while the app runs: a new primary key is added to the keyset (old keys
 * still open what they wrapped), then every customer's data key is re-wrapped in small batches.
 * Other nodes re-read a shared key file when they meet a data key wrapped with the new key; a node
 * with its own copy of the file refuses to start until it has the new one ({@link ClusterKeyCheck}).
 */
@Service
public class MasterKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyRotation.class);
    private static final int BATCH = 500;

    private final KeyMaterial keys;
    private final CustomerCrypto crypto;
    private final CustomerKeyMapper mapper;
    private final TransactionTemplate transactions;
    private final ClusterKeyCheck cluster;

    MasterKeyRotation(KeyMaterial keys, CustomerCrypto crypto, CustomerKeyMapper mapper, TransactionTemplate transactions,
                      ClusterKeyCheck cluster) {
        this.keys = keys;
        this.crypto = crypto;
        this.mapper = mapper;
        this.transactions = transactions;
        this.cluster = cluster;
    }

    /** @return how many customer keys were re-wrapped with the new master key */
    public int rotate() throws GeneralSecurityException {
        keys.addPrimaryMasterKey();
        // recorded before any data key is wrapped with it: a node started from an older copy of the
        // keyset now refuses to start instead of failing to open those data keys
        cluster.recordMasterKeys();
        int rewrapped = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = mapper.customerIdsAfter(after, BATCH);
            List<Long> ids = batch;
            transactions.executeWithoutResult(status -> ids.forEach(id ->
                    mapper.find(id).ifPresent(stored -> mapper.update(id, crypto.rewrap(id, stored)))));
            rewrapped += ids.size();
            if (!ids.isEmpty()) {
                after = ids.get(ids.size() - 1);
            }
        } while (batch.size() == BATCH);
        log.info("Master key rotated: {} keys in the keyset, {} customer keys re-wrapped", keys.masterKeyCount(), rewrapped);
        return rewrapped;
    }
}
