package cn.chuanyu.metrology.registry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How other modules read parties and staff. Read-only; edits go through the registry's own API. */
@Service
@Transactional(readOnly = true)
public class Registry {

    private static final String PARTY_COLUMNS = """
            p.id, p.credit_code, p.kind, p.name_zh, p.name_en, p.province, p.contact_emails,
            p.preferred_language, p.risk_class, p.status,
            array(select s.category_code from authorisation_scope s where s.party_id = p.id
                  union select pr.category_code from product pr where pr.party_id = p.id) as categories""";

    private static final String STAFF_COLUMNS = """
            s.id, s.staff_no, s.role, s.name_zh, s.name_en, s.province, s.email, s.active,
            s.enforcement_certificate_no, s.enforcement_certificate_valid_until,
            array(select q.category_code from staff_qualification q where q.staff_id = s.id) as qualifications,
            array(select c.party_id from staff_conflict c where c.staff_id = s.id) as conflicts""";

    private final JdbcClient jdbc;

    Registry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Party> party(long id) {
        return jdbc.sql("select " + PARTY_COLUMNS + " from party p where p.id = :id")
                .param("id", id).query(Registry::party).optional();
    }

    public List<Party> parties(Set<Long> ids) {
        return jdbc.sql("select " + PARTY_COLUMNS + " from party p where p.id = any(:ids) order by p.id")
                .param("ids", ids.toArray(Long[]::new)).query(Registry::party).list();
    }

    public Optional<StaffMember> staff(long id) {
        return jdbc.sql("select " + STAFF_COLUMNS + " from staff s where s.id = :id")
                .param("id", id).query(Registry::staff).optional();
    }

    public List<StaffMember> staff(Set<Long> ids) {
        return jdbc.sql("select " + STAFF_COLUMNS + " from staff s where s.id = any(:ids) order by s.id")
                .param("ids", ids.toArray(Long[]::new)).query(Registry::staff).list();
    }

    /** Every credential of the party with the last day it is valid; ask it what holds on a given day. */
    public PartyCredentials credentials(long partyId) {
        List<Credential> credentials = jdbc.sql("""
                        select kind, reference, category_code, last_valid_day from registry_credential_view
                        where party_id = :id order by kind, last_valid_day, reference""")
                .param("id", partyId)
                .query((rs, row) -> new Credential(Credential.Kind.valueOf(rs.getString("kind")),
                        rs.getString("reference"), rs.getString("category_code"),
                        rs.getObject("last_valid_day", LocalDate.class)))
                .list();
        Set<String> scope = Set.copyOf(jdbc.sql("select category_code from authorisation_scope where party_id = :id")
                .param("id", partyId).query(String.class).list());
        return new PartyCredentials(partyId, credentials, scope);
    }

    /** Active staff of one role in one province, in id order. */
    public List<StaffMember> activeStaff(StaffRole role, String province) {
        return jdbc.sql("select " + STAFF_COLUMNS
                        + " from staff s where s.role = :role and s.province = :province and s.active order by s.id")
                .param("role", role.name()).param("province", province).query(Registry::staff).list();
    }

    /** The staff member with this staff number (人员编号), active or not. */
    public Optional<StaffMember> staffByNumber(String staffNo) {
        return jdbc.sql("select " + STAFF_COLUMNS + " from staff s where s.staff_no = :staffNo")
                .param("staffNo", staffNo).query(Registry::staff).optional();
    }

    private static Party party(ResultSet rs, int row) throws SQLException {
        return new Party(rs.getLong("id"), rs.getString("credit_code"), PartyKind.valueOf(rs.getString("kind")),
                rs.getString("name_zh"), rs.getString("name_en"), rs.getString("province"),
                List.of(strings(rs.getArray("contact_emails"))), rs.getString("preferred_language"),
                RiskClass.valueOf(rs.getString("risk_class")), PartyStatus.valueOf(rs.getString("status")),
                Set.of(strings(rs.getArray("categories"))));
    }

    private static StaffMember staff(ResultSet rs, int row) throws SQLException {
        Set<Long> conflicts = new HashSet<>(List.of((Long[]) rs.getArray("conflicts").getArray()));
        return new StaffMember(rs.getLong("id"), rs.getString("staff_no"), StaffRole.valueOf(rs.getString("role")),
                rs.getString("name_zh"), rs.getString("name_en"), rs.getString("province"), rs.getString("email"),
                rs.getBoolean("active"), Set.of(strings(rs.getArray("qualifications"))), Set.copyOf(conflicts),
                rs.getString("enforcement_certificate_no"),
                rs.getObject("enforcement_certificate_valid_until", java.time.LocalDate.class));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
