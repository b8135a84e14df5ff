package cn.chuanyu.metrology.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Writes the next checkpoint of a chain in the current transaction: under the chain's lock (so no record joins
 * between reading the head and counting), the head, the number of records, the time and the MAC of the checkpoint
 * before, MACed with the current key.
 */
@Component
class CheckpointWriter {

    private final ChainAppender appender;
    private final CheckpointStore store;
    private final JdbcClient jdbc;
    private final ChainKeys keys;
    private final Clock clock;

    CheckpointWriter(ChainAppender appender, CheckpointStore store, JdbcClient jdbc, ChainKeys keys, Clock clock) {
        this.appender = appender;
        this.store = store;
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    Checkpoint write(String chainId, Checkpoint.Occasion occasion, String requestedBy) {
        appender.lock(chainId);
        var head = appender.head(chainId);
        long count = jdbc.sql("select count(*) from audit_record where chain_id = :chain").param("chain", chainId)
                .query(Long.class).single();
        var previous = store.latest(chainId);
        ChainKey key = keys.current();
        var unsigned = new Checkpoint(chainId, previous.map(Checkpoint::number).orElse(0L) + 1,
                head.map(ChainAppender.Head::sequence).orElse(0L),
                head.map(ChainAppender.Head::hash).orElse(AuditChain.GENESIS), count,
                clock.instant().truncatedTo(ChronoUnit.MICROS), occasion, requestedBy, key.id(),
                previous.map(Checkpoint::mac).orElse(AuditChain.GENESIS), null);
        Checkpoint checkpoint = unsigned.withMac(Checkpoint.mac(unsigned, key));
        store.insert(checkpoint);
        return checkpoint;
    }
}
