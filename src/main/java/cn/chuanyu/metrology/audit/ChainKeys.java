package cn.chuanyu.metrology.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The keys a node holds, oldest first: retired keys (verify only) and the current key (MACs every new record and
 * checkpoint). The order is the order of rotation: along a chain a record may name the same key as the record
 * before it or a newer one, never an older one, so a retired key that leaks can forge nothing after the rotation.
 */
public final class ChainKeys {

    /** The rank of records written before the chain had a key (SHA-256 links). */
    static final int UNKEYED = -1;

    private final List<ChainKey> oldestFirst;

    public ChainKeys(ChainKey current, List<ChainKey> retired) {
        var keys = new ArrayList<ChainKey>(retired);
        keys.add(current);
        var ids = new HashSet<String>();
        for (ChainKey key : keys) {
            if (!ids.add(key.id())) {
                throw new IllegalArgumentException("audit chain key id " + key.id() + " is given twice: every key "
                        + "(AUDIT_CHAIN_KEY and AUDIT_CHAIN_RETIRED_KEYS) needs an id of its own");
            }
        }
        this.oldestFirst = List.copyOf(keys);
    }

    public static ChainKeys of(ChainKey current) {
        return new ChainKeys(current, List.of());
    }

    public ChainKey current() {
        return oldestFirst.get(oldestFirst.size() - 1);
    }

    Optional<ChainKey> find(String id) {
        return oldestFirst.stream().filter(key -> key.id().equals(id)).findFirst();
    }

    /** The position of a key in rotation order; {@link #UNKEYED} for none; empty for a key this node lacks. */
    Optional<Integer> rank(String id) {
        if (id == null) {
            return Optional.of(UNKEYED);
        }
        for (int i = 0; i < oldestFirst.size(); i++) {
            if (oldestFirst.get(i).id().equals(id)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public List<String> ids() {
        return oldestFirst.stream().map(ChainKey::id).toList();
    }
}
