package cn.chuanyu.metrology.recognition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and writes recognition rows. */
@Repository
class RecognitionStore {

    private static final String COLUMNS = "r.*, p.name_zh as party_name, p.name_en as party_name_en, p.credit_code";

    private final JdbcClient jdbc;

    RecognitionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(RecognitionRequest request, String fromProvince, String actor, Instant now) {
        return jdbc.sql("""
                        insert into recognition (party_id, inspection_id, from_province, province, requested_categories,
                                                 valid_until, on_behalf_of_party, requested_by, requested_at, basis)
                        values (:party, cast(:inspection as bigint), :from, :province, :categories, :until, :behalf,
                                :actor, :now, :basis)
                        returning id""")
                .param("party", request.partyId()).param("inspection", request.inspectionId())
                .param("from", fromProvince).param("province", request.province())
                .param("categories", request.categories().stream().sorted().toArray(String[]::new))
                .param("until", request.validUntil()).param("behalf", request.onBehalfOfParty())
                .param("actor", actor).param("now", Timestamp.from(now))
                .param("basis", request.basisOrDefault().name()).query(Long.class).single();
    }

    boolean openRequestExists(long partyId, String province) {
        return jdbc.sql("select exists (select 1 from recognition where party_id = :party and province = :province"
                        + " and status = 'REQUESTED')")
                .param("party", partyId).param("province", province).query(Boolean.class).single();
    }

    Optional<RecognitionView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from recognition r join registry_party_view p on p.id = r.party_id where r.id = :id")
                .param("id", id).query(RecognitionStore::view).optional();
    }

    /** Reads the row and locks it until the transaction ends, so one decision at a time. */
    Optional<RecognitionView> lock(long id) {
        jdbc.sql("select id from recognition where id = :id for update").param("id", id).query(Long.class).optional();
        return find(id);
    }

    /** The requests a province sent or received (all, for a null province), newest first. */
    List<RecognitionView> list(String province, int limit) {
        return jdbc.sql("select " + COLUMNS + " from recognition r join registry_party_view p on p.id = r.party_id"
                        + " where cast(:province as char(2)) is null or r.province = cast(:province as char(2))"
                        + " or r.from_province = cast(:province as char(2)) order by r.id desc limit :limit")
                .param("province", province).param("limit", limit).query(RecognitionStore::view).list();
    }

    void processStarted(long id, String processInstanceId) {
        set(id, "process_instance_id = :pi", Map.of("pi", processInstanceId));
    }

    void assessed(long id, String verdict, List<String> reasons, Set<String> uncovered) {
        set(id, "verdict = :verdict, verdict_reasons = :reasons, uncovered_categories = :uncovered",
                Map.of("verdict", verdict, "reasons", reasons.toArray(String[]::new),
                        "uncovered", uncovered.toArray(String[]::new)));
    }

    /** The receiving province's decision; a refusal suggests inspecting the party there. */
    void decided(long id, RecognitionStatus status, Decision decision, String reason, String by, Instant at,
                 Set<String> recognised) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", status.name());
        params.put("decision", decision.name());
        params.put("reason", reason);
        params.put("by", by);
        params.put("now", Timestamp.from(at));
        params.put("categories", recognised.toArray(String[]::new));
        params.put("suggested", decision == Decision.REFUSE);
        set(id, "status = :status, decision = :decision, decision_reason = :reason, decided_by = :by, "
                + "decided_at = :now, recognised_categories = :categories, inspection_suggested = :suggested", params);
    }

    void withdrawalReviewed(long id, String note, String by, Instant at) {
        set(id, "review_note = :note, reviewed_by = :by, reviewed_at = :now",
                Map.of("note", note, "by", by, "now", Timestamp.from(at)));
    }

    void withdrawn(long id, String reason, Instant at) {
        set(id, "status = 'WITHDRAWN', withdrawn_reason = :reason, withdrawn_at = :now",
                Map.of("reason", reason, "now", Timestamp.from(at)));
    }

    /** A recognition in force ends at its end date; any other status stays. */
    void expired(long id) {
        set(id, "status = case when status in ('ACCEPTED', 'PARTIALLY_ACCEPTED') then 'EXPIRED' else status end",
                Map.of());
    }

    /** One named change of the recognition's row; the clause is always one of the constants above. */
    private void set(long id, String setClause, Map<String, ?> params) {
        jdbc.sql("update recognition set " + setClause + ", version = version + 1 where id = :id")
                .params(params).param("id", id).update();
    }

    /** Recognitions still standing (requested or in force) that rest on another result of the party. */
    List<Long> standingOnOtherResults(long partyId, long inspectionId) {
        return jdbc.sql("""
                        select id from recognition where party_id = :party and inspection_id is distinct from :inspection
                        and status in ('REQUESTED', 'ACCEPTED', 'PARTIALLY_ACCEPTED') order by id for update""")
                .param("party", partyId).param("inspection", inspectionId).query(Long.class).list();
    }

    /** Per party, the categories recognised in the province on the given day. */
    Map<Long, List<String>> inForce(String province, LocalDate on) {
        return jdbc.sql("""
                        select party_id, array_agg(distinct c order by c) as categories
                        from recognition, unnest(recognised_categories) c
                        where province = :province and status in ('ACCEPTED', 'PARTIALLY_ACCEPTED')
                        and valid_until >= :on and decided_at < cast(:on as date) + 1
                        group by party_id""")
                .param("province", province).param("on", on)
                .query((rs, n) -> Map.entry(rs.getLong("party_id"), strings(rs.getArray("categories"))))
                .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Of the given parties, those whose recognition in the province was refused (a normal inspection is suggested). */
    List<Long> refusedPartyIds(String province, Collection<Long> partyIds) {
        return jdbc.sql("""
                        select distinct party_id from recognition where province = :province
                        and inspection_suggested and party_id = any(:parties) order by party_id""")
                .param("province", province).param("parties", partyIds.toArray(Long[]::new))
                .query(Long.class).list();
    }

    /** The public register: recognitions in force on the day, optionally matching a name or credit code. */
    List<PublicRecognition> publicRegister(String search, LocalDate on, int limit) {
        return jdbc.sql("""
                        select r.id, p.name_zh, p.name_en, p.credit_code, r.recognised_categories, r.from_province,
                               r.province, r.valid_until
                        from recognition r join registry_party_view p on p.id = r.party_id
                        where r.status in ('ACCEPTED', 'PARTIALLY_ACCEPTED') and r.valid_until >= :on
                        and (cast(:search as varchar) is null or p.credit_code = upper(cast(:search as varchar))
                             or p.name_zh like '%' || cast(:search as varchar) || '%')
                        order by r.id desc limit :limit""")
                .param("on", on).param("search", search).param("limit", limit)
                .query((rs, n) -> new PublicRecognition(rs.getLong("id"), rs.getString("name_zh"),
                        rs.getString("name_en"), rs.getString("credit_code"),
                        strings(rs.getArray("recognised_categories")),
                        rs.getString("from_province"), rs.getString("province"),
                        rs.getDate("valid_until").toLocalDate()))
                .list();
    }

    private static RecognitionView view(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        return new RecognitionView(rs.getLong("id"), rs.getLong("party_id"), rs.getString("party_name"),
                rs.getString("party_name_en"), rs.getString("credit_code"), Basis.valueOf(rs.getString("basis")),
                (Long) rs.getObject("inspection_id"), rs.getString("from_province"),
                rs.getString("province"), strings(rs.getArray("requested_categories")),
                rs.getDate("valid_until").toLocalDate(), rs.getBoolean("on_behalf_of_party"),
                rs.getString("requested_by"), instant(rs.getTimestamp("requested_at")),
                RecognitionStatus.valueOf(rs.getString("status")), rs.getString("verdict"),
                strings(rs.getArray("verdict_reasons")), strings(rs.getArray("uncovered_categories")),
                strings(rs.getArray("recognised_categories")), decision == null ? null : Decision.valueOf(decision),
                rs.getString("decision_reason"), rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")),
                rs.getBoolean("inspection_suggested"), rs.getString("withdrawn_reason"),
                instant(rs.getTimestamp("withdrawn_at")), rs.getString("review_note"), rs.getString("reviewed_by"),
                null, rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
