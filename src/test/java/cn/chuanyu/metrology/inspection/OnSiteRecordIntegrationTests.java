package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.IntegrationTest;
import cn.chuanyu.metrology.calendar.WorkingCalendar;
import cn.chuanyu.metrology.calendar.WorkingDays;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.StaffRole;
import cn.chuanyu.metrology.security.UserAccounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.LinkedMultiValueMap;

import java.io.IOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The on-site record through the API: signed (or refused) and confirmed before on-site work completes, filed as a
 * PDF that says everything in the party's language, hashed into the audit chain, and checkable by anyone.
 */
@IntegrationTest
class OnSiteRecordIntegrationTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ObjectMapper json;
    @Autowired
    GreenMail greenMail;
    @Autowired
    WorkingCalendar calendar;

    InspectionFixtures fixtures;
    long party;
    String inspectorA;
    String inspectorB;
    String outsider;
    String supervisor;

    @BeforeEach
    void people() {
        fixtures = new InspectionFixtures(jdbc, accounts, encoder);
        party = fixtures.party("SC", PartyKind.AUTHORISED_BODY);
        jdbc.sql("""
                update party set address = '成都市高新区天府大道 100 号', name_en = :en, contact_emails = :mail
                where id = :id""").param("en", "Test Metrology Body " + party)
                .param("mail", new String[]{mailbox()}).param("id", party).update();
        inspectorA = fixtures.user("SC", StaffRole.INSPECTOR);
        inspectorB = fixtures.user("SC", StaffRole.INSPECTOR);
        outsider = fixtures.user("SC", StaffRole.INSPECTOR);
        supervisor = fixtures.user("SC", StaffRole.SUPERVISOR);
        for (String inspector : List.of(inspectorA, inspectorB)) {
            jdbc.sql("""
                    update staff set enforcement_certificate_no = :no, enforcement_certificate_valid_until = :until
                    where id = :id""").param("no", "川执-" + inspector).param("until", LocalDate.now().plusYears(2))
                    .param("id", fixtures.staffIdOf(inspector)).update();
        }
    }

    @Test
    void onSiteWorkCompletesOnlyOnceTheRecordAsItIsNowIsSignedAndConfirmedByTheWholeTeam() throws IOException {
        long id = open();
        String task = awaitOnSite(id);

        assertProblem(completion(inspectorA, task), "signature", "confirmations");
        sign(inspectorA, id);
        post(inspectorA, id, "confirmation", null);
        assertProblem(completion(inspectorA, task), "confirmations");
        post(inspectorB, id, "confirmation", null);
        addFinding(id, "AB-TC-01", "MAJOR", "计量标准考核证书已过期");

        assertProblem(completion(inspectorA, task), "signature", "confirmations");
        JsonNode status = json.readTree(get(inspectorA, "/api/inspections/" + id + "/record").getBody());
        assertThat(status.get("attestation").get("current").asBoolean()).isFalse();
        assertThat(status.get("missing").toString()).contains("signature", "confirmations");

        InspectionFixtures.signAndConfirm(http, id, inspectorA, inspectorB);
        assertThat(complete(inspectorA, task)).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode versions = json.readTree(get(supervisor, "/api/inspections/" + id + "/record/versions").getBody());
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("stage").asText()).isEqualTo("ON_SITE");
    }

    @Test
    void theFiledRecordSaysEverythingInChineseAndItsHashIsTheAuditedOne() throws IOException {
        long id = open();
        String task = awaitOnSite(id);
        addFinding(id, "AB-RC-01", "MINOR", "原始记录缺少环境条件");
        addFinding(id, "AB-TC-02", "CRITICAL", "标准器溯源证书伪造");
        InspectionFixtures.signAndConfirm(http, id, inspectorA, inspectorB);
        complete(inspectorA, task);

        byte[] pdf = download(inspectorB, id, 1);
        // Chinese lines break anywhere: compare without white space
        String text = text(pdf).replace(" ", "");

        assertThat(text).contains("四川省市场监督管理局", "现场检查记录", partyName(), creditCode(),
                "成都市高新区天府大道100号");
        checklist("AUTHORISED_BODY").forEach(item -> assertThat(text).contains(item[0], item[1].replace(" ", "")));
        assertThat(text).contains("原始记录缺少环境条件", "标准器溯源证书伪造", "一般", "重大", "JJF1069-20127.4",
                "不符合（1项）", "符合");
        assertThat(text).contains("受检单位代表签字", "王代表", "质量负责人", "检查人员确认",
                "川执-" + inspectorA, "川执-" + inspectorB, "/public/records/");
        assertThat(sha256(pdf)).isEqualTo(auditedSha256(id, 1));
        assertThat(get(fixtures.user("CQ", StaffRole.INSPECTOR), "/api/inspections/" + id
                + "/record/versions/1/pdf").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(supervisor, "/api/inspections/" + id + "/record/versions/1/pdf").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aPartyWhoseLanguageIsEnglishGetsItsRecordInEnglish() throws IOException {
        jdbc.sql("update party set preferred_language = 'en' where id = :id").param("id", party).update();
        long id = open();
        String task = awaitOnSite(id);
        addFinding(id, "AB-MS-02", "MAJOR", "No management review held in 2025");
        InspectionFixtures.signAndConfirm(http, id, inspectorA, inspectorB);
        complete(inspectorA, task);

        String text = text(download(inspectorA, id, 1));

        assertThat(text).contains("Sichuan Administration for Market Regulation", "On-site inspection record",
                "Test Metrology Body " + party, creditCode());
        checklist("AUTHORISED_BODY").forEach(item -> assertThat(text).contains(item[0], item[2]));
        assertThat(text).contains("No management review held in 2025", "Major", "Does not conform (1)",
                "Signature of the party's representative", "王代表", "Inspectors' confirmations");
    }

    @Test
    void aRefusalToSignNeedsAnotherInspectorOfTheTeamAsWitnessAndIsPrintedInTheRecord() throws IOException {
        long id = open();
        String task = awaitOnSite(id);
        long self = fixtures.staffIdOf(inspectorA);

        assertThat(refuse(inspectorA, id, self).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refuse(inspectorA, id, fixtures.staffIdOf(outsider)).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refuse(outsider, id, fixtures.staffIdOf(inspectorB)).getStatusCode())
                .as("another team's inspector finds no trace of the inspection").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refuse(inspectorA, id, fixtures.staffIdOf(inspectorB)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        post(inspectorA, id, "confirmation", null);
        post(inspectorB, id, "confirmation", null);
        assertThat(complete(inspectorA, task)).isEqualTo(HttpStatus.NO_CONTENT);

        String text = text(download(inspectorA, id, 1)).replace(" ", "");
        assertThat(text).contains("拒绝签字", "代表称需请示总部", "见证人");
    }

    @Test
    void anyoneChecksACopyFromItsQrAddressAndAChangedByteIsRefused() throws IOException {
        long id = signedAndCompleted();
        JsonNode filed = json.readTree(get(inspectorA, "/api/inspections/" + id + "/record/versions").getBody()).get(0);
        String url = filed.get("verificationUrl").asText();
        String code = url.substring(url.lastIndexOf('/') + 1);
        byte[] pdf = download(inspectorA, id, 1);

        JsonNode shown = json.readTree(http.getForObject("/api/public/records/" + code, String.class));
        assertThat(shown.get("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(shown.get("partyName").asText()).isEqualTo(partyName());
        assertThat(shown.toString()).doesNotContain("王代表", inspectorA, "川执");
        assertThat(check(code, pdf).get("match").asBoolean()).isTrue();
        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 0x01;
        assertThat(check(code, changed).get("match").asBoolean()).isFalse();
        String page = http.getForObject("/public/records/" + code, String.class);
        assertThat(page).contains(sha256(pdf), partyName()).doesNotContain("王代表", "川执");
        assertThat(http.getForEntity("/api/public/records/not-a-code", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theFinalResultFilesANewVersionThatNamesTheOneItReplaces() throws IOException {
        long id = signedAndCompleted();
        String review = awaitTask(supervisor, id, "REVIEW");
        assertThat(http.withBasicAuth(supervisor, InspectionFixtures.PASSWORD).postForEntity(
                "/api/tasks/" + review + "/complete", Map.of("kind", "REVIEW", "approved", true), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        await().atMost(Duration.ofSeconds(60)).until(() -> json.readTree(get(inspectorA,
                "/api/inspections/" + id + "/record/versions").getBody()).size() == 2);
        JsonNode versions = json.readTree(get(inspectorA, "/api/inspections/" + id + "/record/versions").getBody());
        assertThat(versions.get(1).get("stage").asText()).isEqualTo("FINAL");
        assertThat(versions.get(1).get("supersedesVersion").asInt()).isEqualTo(1);
        String text = text(download(inspectorA, id, 2)).replace(" ", "");
        assertThat(text).contains("合格", "第2版", versions.get(0).get("sha256").asText());
        assertThat(sha256(download(inspectorA, id, 2))).isEqualTo(auditedSha256(id, 2));
        JsonNode history = json.readTree(get(inspectorA, "/api/inspections/" + id + "/history").getBody());
        assertThat(history.findValuesAsText("action")).contains("RECORD_SIGNED", "RECORD_CONFIRMED", "RECORD_FILED");

        MimeMessage notice = await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(
                greenMail.getReceivedMessages()).filter(m -> sentTo(m, mailbox()))
                .filter(m -> subject(m).contains("检查结果通知书")).findFirst().orElse(null), m -> m != null);
        byte[] attached = pdfAttachment(notice);
        assertThat(sha256(attached)).isEqualTo(versions.get(1).get("sha256").asText());
        assertThat(jdbc.sql("select text_body from notice where party_id = :party and kind = 'RESULT_NOTICE'")
                .param("party", party).query(String.class).single())
                .contains(versions.get(1).get("verificationUrl").asText(), versions.get(1).get("sha256").asText());
    }

    private String mailbox() {
        return "record-" + party + "@example.cn";
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pdfAttachment(MimeMessage message) throws IOException {
        try {
            MimeMultipart parts = (MimeMultipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
                    return part.getInputStream().readAllBytes();
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("the result notice has no PDF attached");
    }

    @Test
    void aReturnedInspectionCompletedAgainFilesTheNextVersionAndAChangedRecordIsSignedAgain() throws IOException {
        long id = signedAndCompleted();
        String review = awaitTask(supervisor, id, "REVIEW");
        assertThat(http.withBasicAuth(supervisor, InspectionFixtures.PASSWORD).postForEntity(
                "/api/tasks/" + review + "/complete", Map.of("kind", "REVIEW", "approved", false,
                        "reason", "缺少计量标准证书照片"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String again = awaitOnSite(id);
        addFinding(id, "AB-TC-01", "MAJOR", "计量标准证书已过期（补充）");

        assertProblem(completion(inspectorA, again), "signature", "confirmations");
        InspectionFixtures.signAndConfirm(http, id, inspectorA, inspectorB);
        assertThat(complete(inspectorA, again)).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode versions = json.readTree(get(inspectorA, "/api/inspections/" + id + "/record/versions").getBody());
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("stage").asText()).isEqualTo("ON_SITE");
        assertThat(versions.get(1).get("supersedesVersion").asInt()).isEqualTo(1);
        assertThat(text(download(inspectorA, id, 2)).replace(" ", "")).contains("计量标准证书已过期（补充）",
                versions.get(0).get("sha256").asText());
    }

    @Test
    void anInsiderCannotRewriteAFiledRecordOrASignature() throws IOException {
        long id = signedAndCompleted();

        assertThatThrownBy(() -> jdbc.sql("update inspection_record set pdf = '\\x00' where inspection_id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from record_attestation where inspection_id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update record_confirmation set summary_sha256 = 'x' where inspection_id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void anEmptyOrForeignSignatureImageIsRefusedNamingTheField() throws IOException {
        long id = open();
        awaitOnSite(id);
        String blank = "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(blankPng());

        for (String image : List.of(blank, "bm90IGEgcG5n", "")) {
            ResponseEntity<String> response = http.withBasicAuth(inspectorA, InspectionFixtures.PASSWORD)
                    .postForEntity("/api/inspections/" + id + "/record/signature", Map.of("representativeName", "王代表",
                            "representativePosition", "经理", "signaturePng", image), String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).contains("signature");
        }
        assertThat(jdbc.sql("select count(*) from record_attestation where inspection_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aTeamSetByHandRefusesAnInspectorWhoseCertificateEndsBeforeThePlannedDate() {
        long expired = fixtures.staffIdOf(inspectorB);
        // hand-opened inspections are planned on working days only (issue 19): both days are working days
        WorkingDays days = calendar.workingDays();
        LocalDate lastValidDay = days.onOrAfter(LocalDate.now().plusDays(3));
        LocalDate afterIt = days.onOrAfter(lastValidDay.plusDays(7));
        jdbc.sql("update staff set enforcement_certificate_valid_until = :until where id = :id")
                .param("until", lastValidDay).param("id", expired).update();

        ResponseEntity<String> later = openOn(afterIt);
        ResponseEntity<String> sooner = openOn(lastValidDay);

        assertThat(later.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(later.getBody()).contains("inspectorIds", "人员 " + expired + " 的执法证");
        assertThat(sooner.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private long signedAndCompleted() throws IOException {
        long id = open();
        String task = awaitOnSite(id);
        InspectionFixtures.signAndConfirm(http, id, inspectorA, inspectorB);
        assertThat(complete(inspectorA, task)).isEqualTo(HttpStatus.NO_CONTENT);
        return id;
    }

    private long open() {
        ResponseEntity<String> opened = openOn(calendar.workingDays().onOrAfter(LocalDate.now().plusDays(1)));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        try {
            return json.readTree(opened.getBody()).get("id").asLong();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ResponseEntity<String> openOn(LocalDate date) {
        return http.withBasicAuth(supervisor, InspectionFixtures.PASSWORD).postForEntity("/api/inspections",
                Map.of("partyId", party, "inspectorIds", List.of(fixtures.staffIdOf(inspectorA),
                        fixtures.staffIdOf(inspectorB)), "plannedDate", date.toString()), String.class);
    }

    private String awaitOnSite(long id) {
        return awaitTask(inspectorA, id, "ON_SITE");
    }

    private String awaitTask(String user, long id, String kind) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select task_id from inspection_task where inspection_id = :id and task_kind = :kind
                        and closed_at is null""").param("id", id).param("kind", kind).query(String.class)
                .optional().orElse(null), task -> task != null);
    }

    private void addFinding(long id, String item, String severity, String description) {
        assertThat(http.withBasicAuth(inspectorA, InspectionFixtures.PASSWORD).postForEntity(
                "/api/inspections/" + id + "/findings", Map.of("checklistItem", item, "severity", severity,
                        "description", description), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private void sign(String user, long id) throws IOException {
        assertThat(http.withBasicAuth(user, InspectionFixtures.PASSWORD).postForEntity(
                "/api/inspections/" + id + "/record/signature", Map.of("representativeName", "王代表",
                        "representativePosition", "质量负责人", "signaturePng", InspectionFixtures.signaturePng()),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private ResponseEntity<String> refuse(String user, long id, long witness) {
        return http.withBasicAuth(user, InspectionFixtures.PASSWORD).postForEntity(
                "/api/inspections/" + id + "/record/refusal", Map.of("reason", "代表称需请示总部", "witnessStaffId", witness),
                String.class);
    }

    private void post(String user, long id, String what, Object body) {
        assertThat(http.withBasicAuth(user, InspectionFixtures.PASSWORD).postForEntity(
                "/api/inspections/" + id + "/record/" + what, body, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private HttpStatus complete(String user, String task) {
        return (HttpStatus) completion(user, task).getStatusCode();
    }

    private ResponseEntity<String> completion(String user, String task) {
        return http.withBasicAuth(user, InspectionFixtures.PASSWORD).postForEntity(
                "/api/tasks/" + task + "/complete", Map.of("kind", "ON_SITE"), String.class);
    }

    private void assertProblem(ResponseEntity<String> response, String... fields) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        for (String field : fields) {
            assertThat(response.getBody()).contains("\"field\":\"" + field + "\"");
        }
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, InspectionFixtures.PASSWORD).getForEntity(path, String.class);
    }

    private byte[] download(String user, long id, int version) {
        ResponseEntity<byte[]> response = http.withBasicAuth(user, InspectionFixtures.PASSWORD).getForEntity(
                "/api/inspections/" + id + "/record/versions/" + version + "/pdf", byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        return response.getBody();
    }

    private JsonNode check(String code, byte[] pdf) throws IOException {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(pdf) {
            @Override
            public String getFilename() {
                return "record.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return json.readTree(http.postForObject("/api/public/records/" + code + "/check",
                new HttpEntity<>(form, headers), String.class));
    }

    private String auditedSha256(long id, int version) throws IOException {
        String detail = jdbc.sql("""
                        select detail from audit_record where action = 'RECORD_FILED' and subject_id = :id
                        and (detail::jsonb ->> 'version')::int = :version""")
                .param("id", String.valueOf(id)).param("version", version).query(String.class).single();
        return json.readTree(detail).get("sha256").asText();
    }

    private List<String[]> checklist(String kind) {
        return jdbc.sql("select code, title_zh, title_en from checklist_item where party_kind = :kind")
                .param("kind", kind).query((rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
    }

    private String partyName() {
        return jdbc.sql("select name_zh from party where id = :id").param("id", party).query(String.class).single();
    }

    private String creditCode() {
        return jdbc.sql("select credit_code from party where id = :id").param("id", party).query(String.class).single();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] blankPng() throws IOException {
        var image = new java.awt.image.BufferedImage(400, 150, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
