-- Every node of a cluster must hold the same keys, or each writes data the others cannot read.
-- The first node to start records a check value per key (derived from the key, revealing nothing
-- of it); every later node compares its own and refuses to start on a difference.
--   master: the master keyset's AEAD encryption of a fixed text, and the ids of its keys
--   index:  the index key's PRF of a fixed text
--   link:   the link secret's HMAC of a fixed text
CREATE TABLE cluster_key_check (
    name         VARCHAR(20)   NOT NULL PRIMARY KEY,
    check_value  VARCHAR(500)  NOT NULL,
    key_ids      VARCHAR(2000) NULL,
    recorded_at  DATETIME      NOT NULL
) ENGINE = InnoDB;
