package cn.chuanyu.metrology.notification;

import cn.chuanyu.metrology.inspection.FiledRecords;
import cn.chuanyu.metrology.inspection.InspectionNotice;
import cn.chuanyu.metrology.inspection.PartyAnswers;
import cn.chuanyu.metrology.kernel.Vocabulary;
import cn.chuanyu.metrology.notification.links.LinkPurpose;
import cn.chuanyu.metrology.registry.Party;
import cn.chuanyu.metrology.registry.Registry;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a notice out from the rows as they are now: one Thymeleaf template per kind
 * ({@code templates/mail/<kind>.html} and {@code .txt}), in the party's language, under its regulator's letterhead.
 */
@Component
class NoticeRenderer {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final Registry registry;
    private final PartyAnswers inspections;
    private final List<NoticeFactsSource> factsSources;
    private final NoticeLinks links;
    private final Vocabulary vocabulary;
    private final FiledRecords records;

    NoticeRenderer(Registry registry, PartyAnswers inspections, List<NoticeFactsSource> factsSources,
                   NoticeLinks links, Vocabulary vocabulary, FiledRecords records) {
        this.vocabulary = vocabulary;
        this.registry = registry;
        this.inspections = inspections;
        this.factsSources = factsSources;
        this.links = links;
        this.records = records;
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
    }

    RenderedNotice render(NoticeRecord notice) {
        Party party = registry.party(notice.partyId()).orElseThrow();
        String language = NoticeWording.language(party.preferredLanguage());
        Map<String, Object> model = model(notice, party, language);
        Context context = new Context(java.util.Locale.forLanguageTag(language), model);
        String template = notice.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String subject = NoticeWording.subject(notice.kind(), language, party.province(), (String) model.get("partyName"));
        return new RenderedNotice(party.contactEmails(), language, subject,
                engine.process(template + ".txt", context), engine.process(template + ".html", context),
                messageId(notice));
    }

    private Map<String, Object> model(NoticeRecord notice, Party party, String language) {
        boolean en = NoticeWording.EN.equals(language);
        Map<String, Object> model = new HashMap<>();
        model.put("en", en);
        model.put("lang", language);
        model.put("noticeNo", notice.id());
        model.put("title", NoticeWording.title(notice.kind(), language));
        model.put("regulator", NoticeWording.regulator(party.province(), language));
        model.put("partyName", party.nameIn(Vocabulary.locale(language)));
        model.put("creditCode", party.creditCode());
        model.put("makerParty", party.kind().name().equals("INSTRUMENT_MAKER"));
        if ("INSPECTION".equals(notice.subjectType())) {
            inspections.notice(notice.subjectId()).ifPresent(i -> inspection(model, notice, i, language));
        } else {
            model.put("facts", factsSources.stream().filter(s -> s.subjectType().equals(notice.subjectType()))
                    .findFirst().map(s -> s.facts(notice.subjectId(), language)).orElse(List.of()));
        }
        model.putIfAbsent("facts", List.of());
        return model;
    }

    private void inspection(Map<String, Object> model, NoticeRecord notice, InspectionNotice i, String language) {
        model.put("inspectionNo", i.id());
        model.put("plannedDate", NoticeWording.date(i.plannedDate(), language));
        model.put("inspectedOn", NoticeWording.date(i.inspectedOn(), language));
        java.util.Locale locale = Vocabulary.locale(language);
        model.put("deadline", NoticeWording.date(i.rectificationDeadline(), language)
                + (i.rectificationDeadlineProvisional() ? vocabulary.text("deadline.provisional", locale) : ""));
        model.put("outcome", i.rectifiedOn() != null && "RECTIFY".equals(i.outcome())
                ? vocabulary.text("outcome.RECTIFY.rectified", locale, NoticeWording.date(i.rectifiedOn(), language))
                : vocabulary.word("outcome", i.outcome(), locale));
        model.put("referred", i.referredForEnforcement());
        model.put("team", String.join(NoticeWording.EN.equals(language) ? ", " : "、",
                NoticeWording.EN.equals(language) ? i.teamEn() : i.teamZh()));
        model.put("findings", i.findings().stream().filter(f -> notice.kind() == NoticeKind.RESULT_NOTICE || f.open())
                .map(f -> Map.of("item", f.checklistItem(), "clause", f.clause(),
                        "severity", vocabulary.word("severity", f.severity(), locale), "description",
                        f.description()))
                .toList());
        if (notice.kind() == NoticeKind.RESULT_NOTICE) {
            // the on-site record goes with the result: attached when sent, and checkable at its address
            records.latest(i.id()).ifPresent(r -> model.put("record", Map.of("no", r.recordNo(),
                    "version", r.version(), "url", r.verificationUrl(), "sha256", r.sha256())));
        }
        if (notice.kind() == NoticeKind.INSPECTION_NOTICE) {
            model.put("acknowledgeUrl", links.url(LinkPurpose.ACKNOWLEDGE, i.id(), i.partyId(), null));
        }
        if (notice.kind() == NoticeKind.RECTIFICATION_ORDER || notice.kind() == NoticeKind.RECTIFICATION_REMINDER) {
            model.put("acknowledgeUrl",
                    links.url(LinkPurpose.ACKNOWLEDGE, i.id(), i.partyId(), i.rectificationDeadline()));
            model.put("rectificationUrl",
                    links.url(LinkPurpose.RECTIFICATION, i.id(), i.partyId(), i.rectificationDeadline()));
        }
    }

    /** Files that go with a notice: the result notice carries the inspection's filed on-site record (PDF). */
    List<FiledRecords.RecordFile> attachments(NoticeRecord notice) {
        if (notice.kind() != NoticeKind.RESULT_NOTICE || !"INSPECTION".equals(notice.subjectType())) {
            return List.of();
        }
        return records.latest(notice.subjectId()).stream().toList();
    }

    /** The same notice always has the same Message-ID, so a receiver (and a test) can tell a duplicate. */
    static String messageId(NoticeRecord notice) {
        String key = notice.processInstanceId() + "|" + notice.step() + "|" + notice.kind();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "<notice-" + HexFormat.of().formatHex(hash, 0, 16) + "@chuanyu-metrology>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }
}
