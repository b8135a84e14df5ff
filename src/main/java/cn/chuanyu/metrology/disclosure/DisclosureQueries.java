package cn.chuanyu.metrology.disclosure;

import cn.chuanyu.metrology.inspection.PublishedResult.CheckedItem;
import cn.chuanyu.metrology.kernel.Vocabulary;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The public list of results: only those public by today and not yet past the retention, newest first,
 * searchable by party name or credit code and province, in the words regulators publish.
 */
@Service
@Transactional(readOnly = true)
public class DisclosureQueries {

    private static final TypeReference<List<CheckedItem>> ITEMS = new TypeReference<>() {
    };
    private static final String VISIBLE = """
            from disclosure where public_since <= :today and public_since > :withdrawnBefore
              and (cast(:province as char(2)) is null or province = :province)
              and (cast(:text as varchar) is null or credit_code = upper(:text) or strpos(party_name_zh, :text) > 0)
            """;

    private final JdbcClient jdbc;
    private final DisclosureSettings settings;
    private final Vocabulary vocabulary;
    private final ObjectMapper json;
    private final Clock clock;

    DisclosureQueries(JdbcClient jdbc, DisclosureSettings settings, Vocabulary vocabulary, ObjectMapper json,
                      Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.vocabulary = vocabulary;
        this.json = json;
        this.clock = clock;
    }

    /** What to list: text (party name or credit code) and province may be null; a page of limit from offset. */
    public record Filter(String province, String text, int limit, int offset) {

        public Filter {
            text = text == null || text.isBlank() ? null : text.strip();
        }
    }

    public List<Disclosure> search(Filter filter) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select id, campaign_id, plan_name, inspection_id, inspection_type, province, party_name_zh,
                               credit_code, items, outcome, rectified_on, referred_for_enforcement, inspected_on,
                               completed_on, public_since
                        """ + VISIBLE + " order by public_since desc, id desc limit :limit offset :offset")
                .param("today", today).param("withdrawnBefore", today.minus(settings.retention()))
                .param("province", filter.province()).param("text", filter.text())
                .param("limit", filter.limit()).param("offset", filter.offset())
                .query(this::disclosure).list();
    }

    public long count(Filter filter) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("select count(*) " + VISIBLE)
                .param("today", today).param("withdrawnBefore", today.minus(settings.retention()))
                .param("province", filter.province()).param("text", filter.text())
                .query(Long.class).single();
    }

    private Disclosure disclosure(ResultSet rs, int n) throws SQLException {
        String province = rs.getString("province");
        String type = rs.getString("inspection_type");
        Long campaign = (Long) rs.getObject("campaign_id");
        return new Disclosure(rs.getLong("id"), campaign == null ? null : campaign.toString(),
                rs.getString("plan_name"), String.valueOf(rs.getLong("inspection_id")), type,
                vocabulary.word("inspectionType", type, Vocabulary.ZH),
                vocabulary.word("regulator", province, Vocabulary.ZH), rs.getString("party_name_zh"),
                rs.getString("credit_code"), province, items(rs.getString("items")), rs.getString("outcome"),
                result(rs), rs.getObject("inspected_on", LocalDate.class),
                rs.getObject("completed_on", LocalDate.class), rs.getObject("public_since", LocalDate.class));
    }

    private String result(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        LocalDate rectified = rs.getObject("rectified_on", LocalDate.class);
        if ("RECTIFY".equals(outcome) && rectified != null) {
            return vocabulary.text("outcome.RECTIFY.rectified", Vocabulary.ZH, rectified.toString());
        }
        if ("FAIL".equals(outcome) && rs.getBoolean("referred_for_enforcement")) {
            return vocabulary.text("outcome.FAIL.referred", Vocabulary.ZH);
        }
        return vocabulary.word("outcome", outcome, Vocabulary.ZH);
    }

    private List<Disclosure.Item> items(String text) {
        try {
            return json.readValue(text, ITEMS).stream().map(item -> new Disclosure.Item(item.code(), item.titleZh(),
                    item.severity(), item.severity() == null ? vocabulary.text("item.conforms", Vocabulary.ZH)
                            : vocabulary.text("item.finding", Vocabulary.ZH,
                            vocabulary.word("severity", item.severity(), Vocabulary.ZH)))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored disclosure items are not JSON", e);
        }
    }
}
