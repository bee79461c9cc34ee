package com.lifeline.deletion;

import com.lifeline.crypto.ErasureKeys;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Every erased customer's erasure key is destroyed in this node's key file, at start-up: after a crash
 * between an erasure's commit and the key file's update, on a node with its own copy of the key folder,
 * or after a key folder was restored from a backup older than some erasures.
 */
@Component
class ErasureKeySync implements InitializingBean {

    private final DestructionRecordMapper records;
    private final ErasureKeys erasureKeys;

    ErasureKeySync(DestructionRecordMapper records, ErasureKeys erasureKeys) {
        this.records = records;
        this.erasureKeys = erasureKeys;
    }

    @Override
    public void afterPropertiesSet() {
        erasureKeys.destroy(records.erasedCustomerIds());
    }
}
