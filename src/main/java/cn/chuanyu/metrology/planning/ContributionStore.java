package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.draw.Contributor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Contributions to campaign seeds ({@code draw_contribution}) and the server's secret until the freeze reveals it
 * ({@code draw_server_secret}, read by nothing else).
 */
@Repository
class ContributionStore {

    private final JdbcClient jdbc;

    ContributionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Publishes a commitment once; false when the contributor has one already. */
    boolean commit(long campaignId, Contributor contributor, String commitmentSha256, Instant at, String by,
                   String beaconSource, Instant beaconDueAt) {
        return jdbc.sql("""
                        insert into draw_contribution (campaign_id, contributor, commitment_sha256, committed_at,
                            committed_by, beacon_source, beacon_due_at)
                        values (:id, :contributor, :commitment, :at, :by, :source, :dueAt)
                        on conflict (campaign_id, contributor) do nothing""")
                .param("id", campaignId).param("contributor", contributor.name())
                .param("commitment", commitmentSha256).param("at", utc(at)).param("by", by)
                .param("source", beaconSource).param("dueAt", beaconDueAt == null ? null : utc(beaconDueAt))
                .update() == 1;
    }

    /** Writes a revealed value once; false when it was revealed already. */
    boolean reveal(long campaignId, Contributor contributor, String value, Instant at, String by) {
        return jdbc.sql("""
                        update draw_contribution set value = :value, revealed_at = :at, revealed_by = :by
                        where campaign_id = :id and contributor = :contributor and value is null""")
                .param("value", value).param("at", utc(at)).param("by", by).param("id", campaignId)
                .param("contributor", contributor.name()).update() == 1;
    }

    List<DrawContribution> of(long campaignId) {
        return jdbc.sql("select * from draw_contribution where campaign_id = :id order by contributor")
                .param("id", campaignId).query(ContributionStore::contribution).list();
    }

    Optional<DrawContribution> find(long campaignId, Contributor contributor) {
        return jdbc.sql("select * from draw_contribution where campaign_id = :id and contributor = :contributor")
                .param("id", campaignId).param("contributor", contributor.name())
                .query(ContributionStore::contribution).optional();
    }

    void keepServerSecret(long campaignId, String secret) {
        jdbc.sql("insert into draw_server_secret (campaign_id, secret) values (:id, :secret)")
                .param("id", campaignId).param("secret", secret).update();
    }

    /** Removes the server's secret and returns it: only the freeze calls this. */
    Optional<String> takeServerSecret(long campaignId) {
        return jdbc.sql("delete from draw_server_secret where campaign_id = :id returning secret")
                .param("id", campaignId).query(String.class).optional();
    }

    private static DrawContribution contribution(ResultSet rs, int row) throws SQLException {
        return new DrawContribution(Contributor.valueOf(rs.getString("contributor")),
                rs.getString("commitment_sha256"), instant(rs, "committed_at"), rs.getString("beacon_source"),
                instant(rs, "beacon_due_at"), rs.getString("value"), instant(rs, "revealed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
