package cn.chuanyu.metrology;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module owns its tables: the SQL in a module's sources names only its own tables, and another module's data
 * only through the views that module publishes as its read model ({@code <owner>_<thing>_view}, declared in a
 * migration under a {@code -- published read model of <owner>} comment).
 */
class SqlBoundaryTests {

    /** Who owns each table of schema {@code metrology}: the one place that says it. A new table is added here. */
    static final Map<String, String> OWNERS = owners(Map.of(
            "registry", List.of("party", "party_operating_province", "authorisation_certificate",
                    "authorisation_scope", "measurement_standard", "product", "staff", "staff_conflict",
                    "staff_qualification", "province", "region", "instrument_category", "import_job",
                    "import_error"),
            "inspection", List.of("inspection", "inspection_event", "inspection_task", "inspection_task_member",
                    "inspection_team", "finding", "evidence", "checklist_item", "record_attestation",
                    "record_confirmation", "inspection_record"),
            "calendar", List.of("working_calendar_day", "working_calendar_year"),
            "notification", List.of("notice", "notice_link_use"),
            "planning", List.of("campaign", "campaign_draw", "campaign_selection", "draw_contribution",
                    "draw_server_secret"),
            "recognition", List.of("recognition"),
            "disclosure", List.of("disclosure"),
            "audit", List.of("audit_record", "audit_checkpoint"),
            "security", List.of("app_user", "spring_session", "spring_session_attributes")));

    private static final Path SOURCES = Path.of("src/main/java/cn/chuanyu/metrology");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern SQL = Pattern.compile("\\b(select|insert\\s+into|update|delete\\s+from|join)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String ALIAS = "(?:\\s+(?:as\\s+)?(?!(?:join|where|on|left|right|inner|cross|full|order|group"
            + "|limit|set|values|select|using|returning|for|union|having|natural)\\b)[a-z_]\\w*)?";
    /** A table named where SQL reads or writes rows: after from, join, into or update, or listed after a from. */
    private static final Pattern TABLE = Pattern.compile(
            "\\b(?:from|join|into|update)\\s+(?:metrology\\.)?([a-z_][a-z0-9_]*)(" + ALIAS
                    + "(?:\\s*,\\s*(?:metrology\\.)?[a-z_][a-z0-9_]*" + ALIAS + ")*)");
    private static final Pattern LISTED = Pattern.compile(",\\s*(?:metrology\\.)?([a-z_][a-z0-9_]*)");
    private static final Pattern PUBLISHED = Pattern.compile(
            "-- published read model of (\\w+)[^\\n]*\\n(?:--[^\\n]*\\n)*create (?:view|function) (\\w+)");

    @Test
    void noModuleNamesAnotherModulesTableInItsSql() throws IOException {
        List<String> crossings = new ArrayList<>();
        for (Path file : javaFiles()) {
            String module = SOURCES.relativize(file).getName(0).toString();
            String name = SOURCES.relativize(file).toString();
            for (String sql : sqlIn(Files.readString(file))) {
                for (String table : tables(sql)) {
                    String owner = OWNERS.get(table);
                    if (owner != null && !owner.equals(module)) {
                        crossings.add(name + " reads " + owner + "'s table " + table);
                    }
                }
            }
        }
        assertThat(crossings).isEmpty();
    }

    @Test
    void theCheckSeesACrossModuleRead() {
        String joined = "select r.*, p.province from recognition r join party p on p.id = r.party_id where r.kind = 'notice'";
        String listed = "select count(*) from recognition r, metrology.staff s where s.province = r.province";
        String bare = "select 1 from recognition join party on party.id = recognition.party_id";

        assertThat(tables(joined)).containsExactlyInAnyOrder("party", "recognition");
        assertThat(tables(listed)).containsExactlyInAnyOrder("recognition", "staff");
        assertThat(tables(bare)).containsExactlyInAnyOrder("party", "recognition");
    }

    @Test
    void everyViewReadInSqlIsPublishedByTheModuleItIsNamedAfter() throws IOException {
        Map<String, String> published = publishedReadModels();
        Set<String> read = new TreeSet<>();
        for (Path file : javaFiles()) {
            for (String sql : sqlIn(Files.readString(file))) {
                tables(sql).stream().filter(table -> table.endsWith("_view")).forEach(read::add);
            }
        }
        assertThat(published).allSatisfy((view, owner) -> assertThat(view).startsWith(owner + "_"));
        assertThat(published.keySet()).containsAll(read);
    }

    @Test
    void everyTableOfTheMigrationsHasAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        Matcher table = Pattern.compile("create table (?:if not exists )?(\\w+)", Pattern.CASE_INSENSITIVE)
                .matcher(migrations());
        while (table.find()) {
            created.add(table.group(1).toLowerCase());
        }
        assertThat(OWNERS.keySet()).containsAll(created);
    }

    private static Map<String, String> publishedReadModels() throws IOException {
        Map<String, String> views = new TreeMap<>();
        Matcher matcher = PUBLISHED.matcher(migrations());
        while (matcher.find()) {
            views.put(matcher.group(2), matcher.group(1));
        }
        return views;
    }

    private static String migrations() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
            for (Path file : files.sorted().toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The string literals and text blocks of a source file that read as SQL. */
    private static List<String> sqlIn(String source) {
        List<String> sql = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        while (blocks.find()) {
            sql.add(blocks.group(1));
        }
        Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
        while (strings.find()) {
            sql.add(strings.group(1));
        }
        return sql.stream().filter(text -> SQL.matcher(text).find()).toList();
    }

    /** The tables (or views) a SQL text reads or writes, leaving out its quoted values and named parameters. */
    static Set<String> tables(String sql) {
        String bare = sql.replaceAll("'[^']*'", " ").replaceAll(":\\w+", " ").toLowerCase();
        Set<String> tables = new TreeSet<>();
        Matcher table = TABLE.matcher(bare);
        while (table.find()) {
            tables.add(table.group(1));
            Matcher listed = LISTED.matcher(table.group(2));
            while (listed.find()) {
                tables.add(listed.group(1));
            }
        }
        return tables;
    }

    private static Map<String, String> owners(Map<String, List<String>> tablesByModule) {
        Map<String, String> owners = new TreeMap<>();
        tablesByModule.forEach((module, tables) -> tables.forEach(table -> owners.put(table, module)));
        return Map.copyOf(owners);
    }
}
