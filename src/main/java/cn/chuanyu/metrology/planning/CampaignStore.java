package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.registry.PartyKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Campaign rows in {@code campaign}. */
@Repository
class CampaignStore {

    private final JdbcClient jdbc;

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewCampaign campaign, String createdBy, CampaignStatus status, Long seriesId,
                LocalDate occurrenceDate) {
        Map<String, Integer> minimums = campaign.minimumPerRiskClass();
        return jdbc.sql("""
                        insert into campaign (name, party_kind, categories, provinces, joint, sample_count, sample_ratio,
                            minimum_low, minimum_medium, minimum_high, team_size, load_cap, period_start, period_end,
                            window_start, window_end, recurrence, series_id, occurrence_date, status, created_by)
                        values (:name, :kind, cast(:categories as varchar[]), cast(:provinces as char(2)[]), :joint,
                            :count, :ratio, :low, :medium, :high, :teamSize, :loadCap, :periodStart, :periodEnd,
                            :windowStart, :windowEnd, :recurrence, :seriesId, :occurrenceDate, :status, :createdBy)
                        returning id""")
                .param("name", campaign.name()).param("kind", campaign.partyKind().name())
                .param("categories", sorted(campaign.categories())).param("provinces", sorted(campaign.provinces()))
                .param("joint", campaign.joint()).param("count", campaign.sampleCount())
                .param("ratio", campaign.sampleRatio())
                .param("low", minimums.getOrDefault("LOW", 0)).param("medium", minimums.getOrDefault("MEDIUM", 0))
                .param("high", minimums.getOrDefault("HIGH", 0))
                .param("teamSize", campaign.teamSize()).param("loadCap", campaign.loadCap())
                .param("periodStart", campaign.periodStart()).param("periodEnd", campaign.periodEnd())
                .param("windowStart", campaign.windowStart()).param("windowEnd", campaign.windowEnd())
                .param("recurrence", campaign.recurrence()).param("seriesId", seriesId)
                .param("occurrenceDate", occurrenceDate).param("status", status.name())
                .param("createdBy", createdBy)
                .query(Long.class).single();
    }

    Optional<Campaign> find(long id) {
        return jdbc.sql("select * from campaign where id = :id").param("id", id).query(CampaignStore::campaign)
                .optional();
    }

    /** Reads the campaign and locks its row until the transaction ends, so two openings cannot both proceed. */
    Optional<Campaign> lock(long id) {
        return jdbc.sql("select * from campaign where id = :id for update").param("id", id)
                .query(CampaignStore::campaign).optional();
    }

    void opened(long id, String openedBy, String processInstanceId, CampaignStatus status) {
        jdbc.sql("""
                        update campaign set status = :status, opened_by = :openedBy,
                            process_instance_id = :processInstanceId, version = version + 1
                        where id = :id""")
                .param("status", status.name()).param("openedBy", openedBy)
                .param("processInstanceId", processInstanceId).param("id", id).update();
    }

    /** What the capacity check said when the campaign was opened, and who confirmed opening with a shortfall. */
    void openingCapacity(long id, String capacityJson, String confirmedBy, Instant confirmedAt) {
        jdbc.sql("""
                        update campaign set opening_capacity = cast(:capacity as jsonb), shortfall_confirmed_by = :by,
                            shortfall_confirmed_at = :at
                        where id = :id""")
                .param("capacity", capacityJson).param("by", confirmedBy)
                .param("at", confirmedAt == null ? null : OffsetDateTime.ofInstant(confirmedAt, ZoneOffset.UTC))
                .param("id", id).update();
    }

    /** The capacity stored at opening, as JSON, with who confirmed a shortfall and when; empty before opening. */
    Optional<OpeningCapacity> openingCapacity(long id) {
        return jdbc.sql("""
                        select opening_capacity::text, shortfall_confirmed_by, shortfall_confirmed_at from campaign
                        where id = :id and opening_capacity is not null""")
                .param("id", id)
                .query((rs, row) -> new OpeningCapacity(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class) == null ? null
                                : rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    record OpeningCapacity(String capacityJson, String confirmedBy, Instant confirmedAt) {
    }

    void status(long id, CampaignStatus status) {
        jdbc.sql("update campaign set status = :status, version = version + 1 where id = :id")
                .param("status", status.name()).param("id", id).update();
    }

    Optional<Long> occurrence(long seriesId, LocalDate due) {
        return jdbc.sql("select id from campaign where series_id = :seriesId and occurrence_date = :due")
                .param("seriesId", seriesId).param("due", due).query(Long.class).optional();
    }

    List<Long> occurrencesOf(long seriesId) {
        return jdbc.sql("select id from campaign where series_id = :seriesId order by occurrence_date")
                .param("seriesId", seriesId).query(Long.class).list();
    }

    List<Campaign> list(String province, CampaignStatus status, int limit) {
        return jdbc.sql("""
                        select * from campaign
                        where (cast(:province as varchar) is null or cast(:province as char(2)) = any(provinces))
                          and (cast(:status as varchar) is null or status = :status)
                        order by id desc limit :limit""")
                .param("province", province).param("status", status == null ? null : status.name())
                .param("limit", limit).query(CampaignStore::campaign).list();
    }

    private static String[] sorted(Set<String> values) {
        return values.stream().sorted().toArray(String[]::new);
    }

    private static Campaign campaign(ResultSet rs, int row) throws SQLException {
        Map<String, Integer> minimums = new HashMap<>();
        minimums.put("LOW", rs.getInt("minimum_low"));
        minimums.put("MEDIUM", rs.getInt("minimum_medium"));
        minimums.put("HIGH", rs.getInt("minimum_high"));
        minimums.values().removeIf(minimum -> minimum == 0);
        return new Campaign(rs.getLong("id"), rs.getString("name"), PartyKind.valueOf(rs.getString("party_kind")),
                strings(rs, "categories"), strings(rs, "provinces"), rs.getBoolean("joint"),
                (Integer) rs.getObject("sample_count"),
                rs.getBigDecimal("sample_ratio") == null ? null : rs.getBigDecimal("sample_ratio").stripTrailingZeros(),
                Map.copyOf(minimums), rs.getInt("team_size"), rs.getInt("load_cap"),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                rs.getObject("window_start", LocalDate.class), rs.getObject("window_end", LocalDate.class),
                rs.getString("recurrence"),
                (Long) rs.getObject("series_id"), rs.getObject("occurrence_date", LocalDate.class),
                CampaignStatus.valueOf(rs.getString("status")), rs.getString("created_by"),
                rs.getString("opened_by"), rs.getString("process_instance_id"), rs.getInt("version"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return List.of((String[]) rs.getArray(column).getArray());
    }
}
