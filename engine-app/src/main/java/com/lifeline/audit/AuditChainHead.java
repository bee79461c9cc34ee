package com.lifeline.audit;

/** The single row of {@code audit_chain_head}: where the chain ends and where verification starts. */
record AuditChainHead(long lastId, String lastHash, long anchorId, String anchorHash) {
}
