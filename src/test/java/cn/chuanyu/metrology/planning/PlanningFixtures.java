package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.draw.Contributor;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creates what a planning test needs with unique values: an instrument category of its own (so only the test's
 * parties are eligible, whatever else is in the database), parties, inspectors and accounts.
 */
final class PlanningFixtures {

    static final String PASSWORD = "Plan-2026!";
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(100_000_000L));

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final String passwordHash;

    PlanningFixtures(JdbcClient jdbc, UserAccounts accounts, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwordHash = encoder.encode(PASSWORD);
    }

    String category() {
        String code = "PLAN_" + SEQUENCE.incrementAndGet();
        jdbc.sql("insert into instrument_category (code, name_zh, name_en) values (:code, '测试器具', 'Test instruments')")
                .param("code", code).update();
        return code;
    }

    /** An active authorised body of the given risk class whose authorisation scope is the given category. */
    long party(String province, String riskClass, String category) {
        String region = province.equals("SC") ? "510100" : "500103";
        long id = jdbc.sql("""
                        insert into party (credit_code, kind, name_zh, province, region_code, risk_class, contact_emails)
                        values (:code, 'AUTHORISED_BODY', :name, :province, :region, :risk, '{plan@example.cn}')
                        returning id""")
                .param("code", creditCode(region)).param("name", "抽查测试单位" + SEQUENCE.incrementAndGet())
                .param("province", province).param("region", region).param("risk", riskClass)
                .query(Long.class).single();
        jdbc.sql("""
                        insert into authorisation_certificate (party_id, number, valid_from, valid_to)
                        values (:id, :number, date '2024-01-01', date '2099-12-31')""")
                .param("id", id).param("number", "授权" + id).update();
        jdbc.sql("insert into authorisation_scope (party_id, category_code) values (:id, :category)")
                .param("id", id).param("category", category).update();
        return id;
    }

    /** An active inspector qualified for the category, with an enforcement certificate valid for years. */
    long inspector(String province, String category) {
        return inspector(province, category, LocalDate.of(2099, 12, 31));
    }

    /** An active inspector qualified for the category whose enforcement certificate ends on the given day (or none). */
    long inspector(String province, String category, LocalDate certificateValidUntil) {
        long id = staff(province, "INSPECTOR");
        jdbc.sql("insert into staff_qualification (staff_id, category_code) values (:id, :category)")
                .param("id", id).param("category", category).update();
        if (certificateValidUntil != null) {
            jdbc.sql("""
                            update staff set enforcement_certificate_no = :no, enforcement_certificate_valid_until = :until
                            where id = :id""")
                    .param("no", "执法证" + id).param("until", certificateValidUntil).param("id", id).update();
        }
        return id;
    }

    /** A closed inspection of the party with an approved PASS, by the given team: its previous team. */
    void closedInspection(long partyId, List<Long> team) {
        long id = jdbc.sql("""
                        insert into inspection (party_id, province, planned_date, status, outcome, inspected_on, opened_by,
                            opened_at, closed_at)
                        select id, province, date '2026-06-01', 'CLOSED', 'PASS', date '2026-06-01', 'fixture', now(), now()
                        from party where id = :party
                        returning id""").param("party", partyId).query(Long.class).single();
        team.forEach(member -> jdbc.sql("insert into inspection_team (inspection_id, staff_id) values (:i, :s)")
                .param("i", id).param("s", member).update());
    }

    /**
     * The inspections the campaign started are done (closed), so their parties may be drawn again: once their
     * processes wait for people (no step of theirs is due), so no step of theirs sets another status afterwards.
     */
    void closeInspectionsOf(long campaignId) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                        select count(*) from act_ru_job j join inspection i on i.process_instance_id = j.process_instance_id_
                        where i.campaign_id = :id and j.retries_ > 0 and (j.duedate_ is null or j.duedate_ <= now())""")
                .param("id", campaignId).query(Integer.class).single() == 0);
        jdbc.sql("update inspection set status = 'CLOSED', closed_at = now() where campaign_id = :id")
                .param("id", campaignId).update();
    }

    /** The party operates in the province too, besides its home province. */
    void operatesIn(long partyId, String province) {
        jdbc.sql("insert into party_operating_province (party_id, province, basis) values (:id, :province, 'SITE')")
                .param("id", partyId).param("province", province).update();
    }

    void conflict(long staffId, long partyId) {
        jdbc.sql("insert into staff_conflict (staff_id, party_id, reason) values (:s, :p, '曾在该单位任职')")
                .param("s", staffId).param("p", partyId).update();
    }

    /** An account of the given role; inspectors and supervisors get a staff record. Returns the username. */
    String account(Role role, String province) {
        Long staffId = role == Role.ADMIN ? null : staff(province, role.name());
        String username = "plan" + SEQUENCE.incrementAndGet();
        accounts.create(new UserAccounts.NewAccount(username, passwordHash, username, role,
                role == Role.ADMIN ? null : province, staffId));
        return username;
    }

    CurrentUser user(String username) {
        return accounts.loadUserByUsername(username);
    }

    /**
     * A campaign naming a public random value due in two days (for a recurring one: a day after its first
     * occurrence, with {date} in its source).
     */
    static NewCampaign campaign(String category, Set<String> provinces, boolean joint, int count, String recurrence) {
        LocalDate start = LocalDate.of(2027, 1, 1);
        OffsetDateTime due = recurrence == null ? OffsetDateTime.now().plusDays(2).withNano(0)
                : Recurrence.parse(recurrence).orElseThrow().start().plusDays(1);
        String source = "福利彩票双色球开奖号码 " + (recurrence == null ? "2027" + SEQUENCE.incrementAndGet() : "{date}") + " 期";
        return new NewCampaign("测试抽查计划", PartyKind.AUTHORISED_BODY, Set.of(category), provinces, joint, count, null,
                Map.of(), 2, 10, start, start.plusMonths(3).minusDays(1), start.plusDays(14), start.plusDays(40),
                source, due, recurrence);
    }

    /** The public random value a test enters for a campaign once its register is frozen. */
    static String beaconValue(long campaignId) {
        return "03 11 17 24 29 33 + " + (campaignId % 16 + 1);
    }

    /**
     * Opens the campaign (confirming a shortfall), waits for its register to be frozen and enters its public
     * random value, so the draw runs.
     */
    void openAndReveal(Campaigns campaigns, Reveals reveals, long campaignId, CurrentUser user) {
        campaigns.open(campaignId, true, user);
        revealWhenFrozen(reveals, campaignId, user);
    }

    /** Waits for the campaign's register to be frozen and enters its public random value. */
    void revealWhenFrozen(Reveals reveals, long campaignId, CurrentUser user) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> "FROZEN".equals(
                jdbc.sql("select status from campaign where id = :id").param("id", campaignId).query(String.class)
                        .single()));
        String value = beaconValue(campaignId);
        reveals.reveal(campaignId, new Reveals.Reveal(Contributor.BEACON, value, value), user);
    }

    static NewCampaign byRatio(NewCampaign campaign, String ratio) {
        return new NewCampaign(campaign.name(), campaign.partyKind(), campaign.categories(), campaign.provinces(),
                campaign.joint(), null, new BigDecimal(ratio), campaign.minimumPerRiskClass(), campaign.teamSize(),
                campaign.loadCap(), campaign.periodStart(), campaign.periodEnd(), campaign.windowStart(),
                campaign.windowEnd(), campaign.beaconSource(), campaign.beaconDueAt(), campaign.recurrence());
    }

    private long staff(String province, String role) {
        return jdbc.sql("insert into staff (staff_no, role, name_zh, province) values (:no, :role, :name, :province) returning id")
                .param("no", "P" + SEQUENCE.incrementAndGet()).param("role", role)
                .param("name", "抽查测试人员" + SEQUENCE.get()).param("province", province).query(Long.class).single();
    }

    /** A unified social credit code (GB 32100) with its check character. */
    static String creditCode(String region) {
        String organisation = String.format("%09d", SEQUENCE.incrementAndGet() * 7919 % 1_000_000_000L);
        String body = "12" + region + organisation;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CODE_ALPHABET.indexOf(body.charAt(i)) * CODE_WEIGHTS[i];
        }
        return body + CODE_ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
