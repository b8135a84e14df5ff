package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.kernel.Vocabulary;
import cn.chuanyu.metrology.registry.Registry;
import cn.chuanyu.metrology.registry.StaffMember;
import cn.chuanyu.metrology.security.CurrentUser;
import cn.chuanyu.metrology.security.UserAccounts;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The inspection's history as people read it on its page: each event, who acted (a person's name, the system, or
 * the business through its notice link) and the details in words of the page's language. The stored events and
 * the API keep their codes.
 */
@Component
class HistoryWording {

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern PARTY_ACTOR = Pattern.compile("party:(\\d+) \\(notice link\\)");
    private static final Map<String, Pattern> DETAILS = Map.of(
            "OPENED", Pattern.compile("team \\[([\\d, ]*)]"),
            "FINDING_RECORDED", Pattern.compile("(MINOR|MAJOR|CRITICAL) (\\S+) #(\\d+).*"),
            "RECTIFICATION_ORDERED", Pattern.compile("round (\\d+), deadline (\\S+)( \\(provisional\\))?"),
            "EVIDENCE_UPLOADED", Pattern.compile("(.*) sha256 [0-9a-f]+"),
            "RECORD_SIGNED", Pattern.compile("(.*)，signature sha256 [0-9a-f]+", Pattern.DOTALL),
            "RECORD_SIGNATURE_REFUSED", Pattern.compile("(.*) \\(witness staff (\\d+)\\)", Pattern.DOTALL),
            "RECORD_CONFIRMED", Pattern.compile("summary sha256 [0-9a-f]+"),
            "RECORD_FILED", Pattern.compile("(\\S+) v(\\d+) sha256 [0-9a-f]+"),
            "FINDINGS_SUBMITTED", Pattern.compile("(\\d+) new findings, inspected on (\\S+), record (\\S+) v(\\d+)"),
            "NOTICE_ACKNOWLEDGED", Pattern.compile(".*"));

    private final Registry registry;
    private final UserAccounts accounts;
    private final Vocabulary words;

    HistoryWording(Registry registry, UserAccounts accounts, Vocabulary words) {
        this.registry = registry;
        this.accounts = accounts;
        this.words = words;
    }

    List<Views.HistoryLine> lines(List<Views.Event> events, Locale locale) {
        Map<Long, StaffMember> staff = registry.staff(staffIds(events)).stream()
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
        return events.stream().map(event -> new Views.HistoryLine(action(event, locale),
                actor(event, staff, locale), detail(event, staff, locale), event.occurredAt())).toList();
    }

    private String action(Views.Event event, Locale locale) {
        String action = words.word("event", event.action(), locale);
        if ("TASK_OPENED".equals(event.action())) {
            return TaskKind.ofTaskKey(event.step())
                    .map(kind -> action + "：" + words.word("kind", kind.name(), locale)).orElse(action);
        }
        return action;
    }

    private String actor(Views.Event event, Map<Long, StaffMember> staff, Locale locale) {
        if (event.staffId() != null && staff.containsKey(event.staffId())) {
            return staff.get(event.staffId()).nameIn(locale);
        }
        if (InspectionSteps.ENGINE.equals(event.actor())) {
            return words.text("history.actor.system", locale);
        }
        Matcher party = PARTY_ACTOR.matcher(event.actor() == null ? "" : event.actor());
        if (party.matches()) {
            String name = registry.party(Long.parseLong(party.group(1))).map(p -> p.nameIn(locale))
                    .orElse(party.group(1));
            return words.text("history.actor.party", locale, name);
        }
        return event.actor() == null ? "" : accounts.find(event.actor()).map(CurrentUser::displayName)
                .orElse(event.actor());
    }

    private String detail(Views.Event event, Map<Long, StaffMember> staff, Locale locale) {
        Pattern known = DETAILS.get(event.action());
        Matcher m = known == null || event.detail() == null ? null : known.matcher(event.detail());
        if (m == null || !m.matches()) {
            return event.detail();
        }
        return switch (event.action()) {
            case "OPENED" -> words.text("history.detail.team", locale, names(ids(m.group(1)), staff, locale));
            case "FINDING_RECORDED" -> words.text("history.detail.finding", locale,
                    words.word("severity", m.group(1), locale), m.group(2), m.group(3));
            case "RECTIFICATION_ORDERED" -> words.text("history.detail.rectificationOrdered", locale,
                    m.group(1), m.group(2)) + (m.group(3) == null ? "" : words.text("history.detail.provisional", locale));
            case "EVIDENCE_UPLOADED" -> words.text("history.detail.file", locale, m.group(1));
            case "RECORD_SIGNED" -> words.text("history.detail.signedBy", locale, m.group(1));
            case "RECORD_SIGNATURE_REFUSED" -> words.text("history.detail.refused", locale, m.group(1),
                    names(List.of(Long.parseLong(m.group(2))), staff, locale));
            case "RECORD_FILED" -> words.text("history.detail.record", locale, m.group(1), m.group(2));
            case "FINDINGS_SUBMITTED" -> words.text("history.detail.submitted", locale, m.group(1), m.group(2),
                    m.group(3), m.group(4));
            default -> null;
        };
    }

    private String names(List<Long> ids, Map<Long, StaffMember> known, Locale locale) {
        Map<Long, StaffMember> staff = ids.stream().allMatch(known::containsKey) ? known
                : registry.staff(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
        return ids.stream().map(id -> staff.containsKey(id) ? staff.get(id).nameIn(locale) : String.valueOf(id))
                .collect(Collectors.joining(words.text("list.separator", locale)));
    }

    private static Set<Long> staffIds(List<Views.Event> events) {
        Set<Long> ids = new HashSet<>();
        for (Views.Event event : events) {
            if (event.staffId() != null) {
                ids.add(event.staffId());
            }
            if ("OPENED".equals(event.action()) && event.detail() != null) {
                Matcher team = DETAILS.get("OPENED").matcher(event.detail());
                if (team.matches()) {
                    ids.addAll(ids(team.group(1)));
                }
            }
        }
        return ids;
    }

    private static List<Long> ids(String text) {
        return NUMBER.matcher(text).results().map(r -> Long.parseLong(r.group())).toList();
    }
}
