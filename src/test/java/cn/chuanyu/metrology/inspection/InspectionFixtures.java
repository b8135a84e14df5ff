package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.Role;
import cn.chuanyu.metrology.security.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Creates the parties, staff and accounts a test needs, each with unique values. */
final class InspectionFixtures {

    static final String PASSWORD = "Inspect-2026!";
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000));

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final String passwordHash;

    InspectionFixtures(JdbcClient jdbc, UserAccounts accounts, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwordHash = encoder.encode(PASSWORD);
    }

    long party(String province, PartyKind kind) {
        return party(province, kind, "ACTIVE");
    }

    long party(String province, PartyKind kind, String status) {
        String region = province.equals("SC") ? "510100" : "500103";
        return jdbc.sql("""
                        insert into party (credit_code, kind, name_zh, province, region_code, risk_class, status,
                                           contact_emails)
                        values (:code, :kind, :name, :province, :region, 'MEDIUM', :status, '{qa@example.cn}')
                        returning id""")
                .param("code", creditCode(region)).param("kind", kind.name())
                .param("name", "测试计量单位" + SEQUENCE.incrementAndGet()).param("province", province)
                .param("region", region).param("status", status).query(Long.class).single();
    }

    long staff(String province, StaffRole role) {
        return jdbc.sql("""
                        insert into staff (staff_no, role, name_zh, province)
                        values (:no, :role, :name, :province) returning id""")
                .param("no", "T" + SEQUENCE.incrementAndGet()).param("role", role.name())
                .param("name", "检查员" + SEQUENCE.get()).param("province", province).query(Long.class).single();
    }

    /** A staff member with a sign-in account; returns the username (password {@link #PASSWORD}). */
    String user(String province, StaffRole role) {
        long staffId = staff(province, role);
        return account(staffId, Role.valueOf(role.name()), province);
    }

    String account(Long staffId, Role role, String province) {
        String username = "t" + SEQUENCE.incrementAndGet();
        accounts.create(new UserAccounts.NewAccount(username, passwordHash, username, role, province, staffId));
        return username;
    }

    long staffIdOf(String username) {
        return jdbc.sql("select staff_id from app_user where username = :u").param("u", username)
                .query(Long.class).single();
    }

    void conflict(long staffId, long partyId) {
        jdbc.sql("insert into staff_conflict (staff_id, party_id, reason) values (:s, :p, '亲属任职')")
                .param("s", staffId).param("p", partyId).update();
    }

    /** A unified social credit code (GB 32100) with a correct check character. */
    static String creditCode(String region) {
        String organisation = String.format("%09d", SEQUENCE.incrementAndGet() * 7919 % 1_000_000_000L);
        String body = "91" + region + organisation;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CODE_ALPHABET.indexOf(body.charAt(i)) * CODE_WEIGHTS[i];
        }
        return body + CODE_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** A signature as a representative draws it on the screen. */
    static String signaturePng() {
        return RecordSignatures.png();
    }

    /**
     * What the team does on site before completing: the representative signs the record (captured by the first
     * inspector) and every team inspector confirms it with their own sign-in.
     */
    static void signAndConfirm(org.springframework.boot.test.web.client.TestRestTemplate http, long inspectionId,
                               String... team) throws IOException {
        var signature = http.withBasicAuth(team[0], PASSWORD).postForEntity(
                "/api/inspections/" + inspectionId + "/record/signature",
                RecordSignatures.body(), String.class);
        if (!signature.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("signature refused: " + signature.getBody());
        }
        for (String inspector : team) {
            var confirmation = http.withBasicAuth(inspector, PASSWORD).postForEntity(
                    "/api/inspections/" + inspectionId + "/record/confirmation", null, String.class);
            if (!confirmation.getStatusCode().is2xxSuccessful()) {
                throw new IllegalStateException("confirmation refused: " + confirmation.getBody());
            }
        }
    }

    /** A small red PNG photo in a temporary file, as evidence an inspector or a business uploads. */
    static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0xB4, 0x23, 0x18));
        graphics.fillRect(0, 0, 64, 48);
        graphics.dispose();
        Path file = Files.createTempFile("evidence", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
