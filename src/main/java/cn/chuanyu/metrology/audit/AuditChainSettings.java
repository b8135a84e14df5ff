package cn.chuanyu.metrology.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The keys of the audit chain, each written {@code id:secret}.
 *
 * @param key         the current key (AUDIT_CHAIN_KEY): MACs every new record and checkpoint; required under prod,
 *                    generated once into the data folder for the local run
 * @param retiredKeys earlier keys, oldest first (AUDIT_CHAIN_RETIRED_KEYS, comma-separated): only verify the
 *                    records and checkpoints written with them
 */
@ConfigurationProperties("chuanyu.audit.chain")
public record AuditChainSettings(String key, List<String> retiredKeys) {

    public AuditChainSettings {
        retiredKeys = retiredKeys == null ? List.of()
                : retiredKeys.stream().filter(entry -> entry != null && !entry.isBlank()).toList();
    }

    /** The keys as a node uses them; refuses a missing or malformed key with a message that says what to set. */
    public ChainKeys keys() {
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("AUDIT_CHAIN_KEY is not set: the audit chain needs a key that is not "
                    + "in the database, written <key id>:<secret of at least 32 characters>");
        }
        return new ChainKeys(ChainKey.parse(key, "AUDIT_CHAIN_KEY"),
                retiredKeys.stream().map(entry -> ChainKey.parse(entry, "AUDIT_CHAIN_RETIRED_KEYS")).toList());
    }
}
