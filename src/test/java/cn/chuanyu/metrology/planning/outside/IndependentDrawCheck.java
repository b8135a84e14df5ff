package cn.chuanyu.metrology.planning.outside;

import com.fasterxml.jackson.databind.JsonNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An outside auditor's check of a {@code chuanyu-draw/2} public draw record, written from the README's algorithm
 * section alone: it imports nothing of the product and reads nothing but the record's JSON. It recomputes every
 * commitment, hash, the seed, the selection with keys and planned dates, every team, exclusion and team problem,
 * and lists each place where the record says otherwise.
 */
public final class IndependentDrawCheck {

    private static final List<String> RISK_CLASSES = List.of("LOW", "MEDIUM", "HIGH");

    private final JsonNode record;
    private final List<String> mismatches = new ArrayList<>();

    private IndependentDrawCheck(JsonNode record) {
        this.record = record;
    }

    /** Every mismatch between what the record says and what the README's rules give; empty when it checks out. */
    public static List<String> mismatches(JsonNode record) {
        IndependentDrawCheck check = new IndependentDrawCheck(record);
        check.run();
        return check.mismatches;
    }

    private void run() {
        expect("algorithm", "chuanyu-draw/2", record.path("algorithm").asText());
        long campaign = record.path("campaignId").asLong();
        Map<String, String> reveals = checkContributions(campaign);
        JsonNode frozen = record.path("frozen");
        String registerHash = sha(registerText(frozen.path("register")));
        String inspectorsHash = sha(inspectorsText(frozen.path("inspectors")));
        String partyExclusionsHash = sha(partyExclusionsText(frozen.path("partyExclusions")));
        String inspectorExclusionsHash = sha(inspectorExclusionsText(frozen.path("inspectorExclusions")));
        JsonNode hashes = record.path("hashes");
        expect("hashes.register", registerHash, hashes.path("register").asText());
        expect("hashes.inspectors", inspectorsHash, hashes.path("inspectors").asText());
        expect("hashes.partyExclusions", partyExclusionsHash, hashes.path("partyExclusions").asText());
        expect("hashes.inspectorExclusions", inspectorExclusionsHash, hashes.path("inspectorExclusions").asText());
        String frozenHash = sha(frozenText(campaign, frozen, registerHash, inspectorsHash, partyExclusionsHash,
                inspectorExclusionsHash));
        expect("hashes.frozen", frozenHash, hashes.path("frozen").asText());
        StringBuilder seedText = new StringBuilder("chuanyu-draw/2 seed\ncampaign=" + campaign + "\nfrozen=" + frozenHash
                + "\n");
        new TreeMap<>(reveals).forEach((contributor, value) -> seedText.append(contributor).append('=').append(value)
                .append('\n'));
        String seed = sha(seedText.toString());
        expect("seed", seed, record.path("seed").asText());
        expect("hashes.inputs", sha("frozen=" + frozenHash + "\nseed=" + seed + "\n"), hashes.path("inputs").asText());
        List<String> result = draw(seed, frozen);
        JsonNode published = record.path("result");
        expect("result", String.join("", result), publishedResultText(published));
        expect("hashes.result", sha(String.join("", result)), hashes.path("result").asText());
    }

    /** Checks each revealed value against its commitment and returns the values by contributor code. */
    private Map<String, String> checkContributions(long campaign) {
        Map<String, String> reveals = new TreeMap<>();
        Set<String> contributors = new TreeSet<>();
        for (JsonNode contribution : record.path("contributions")) {
            String contributor = contribution.path("contributor").asText();
            contributors.add(contributor);
            String value = contribution.path("value").asText();
            String commitment = contributor.equals("BEACON")
                    ? sha("chuanyu-draw/2 beacon\ncampaign=" + campaign + "\nsource="
                    + contribution.path("beaconSource").asText() + "\ndueAt=" + contribution.path("beaconDueAt").asText()
                    + "\n")
                    : sha("chuanyu-draw/2 commitment\ncampaign=" + campaign + "\ncontributor=" + contributor + "\nvalue="
                    + value + "\n");
            expect("commitment of " + contributor, commitment, contribution.path("commitmentSha256").asText());
            if (contributor.equals("BEACON")) {
                expect("beacon value in its normal form", value.strip().replaceAll("\\s+", " "), value);
            }
            reveals.put(contributor, value);
        }
        if (!contributors.containsAll(List.of("BEACON", "SERVER"))) {
            mismatches.add("a draw needs the BEACON and SERVER contributions, the record has " + contributors);
        }
        checkTimes();
        return reveals;
    }

    /** Every commitment before the freeze, every reveal at or after it, and the beacon due after it. */
    private void checkTimes() {
        if (!record.path("frozenAt").isTextual()) {
            return;
        }
        Instant frozen = Instant.parse(record.path("frozenAt").asText());
        for (JsonNode contribution : record.path("contributions")) {
            String contributor = contribution.path("contributor").asText();
            if (!Instant.parse(contribution.path("committedAt").asText()).isBefore(frozen)) {
                mismatches.add(contributor + " was committed at " + contribution.path("committedAt").asText()
                        + ", not before the freeze at " + frozen);
            }
            if (contribution.path("revealedAt").isTextual()
                    && Instant.parse(contribution.path("revealedAt").asText()).isBefore(frozen)) {
                mismatches.add(contributor + " was revealed before the freeze");
            }
            if (contributor.equals("BEACON") && !Instant.parse(contribution.path("beaconDueAt").asText()).isAfter(frozen)) {
                mismatches.add("the public random value was due at " + contribution.path("beaconDueAt").asText()
                        + ", not after the freeze at " + frozen);
            }
        }
    }

    private static String registerText(JsonNode register) {
        StringBuilder text = new StringBuilder();
        long previous = Long.MIN_VALUE;
        for (JsonNode line : register) {
            long id = line.path("partyId").asLong();
            if (id <= previous) {
                text.append("!order!");
            }
            previous = id;
            text.append(id).append(';').append(line.path("homeProvince").asText()).append(';')
                    .append(codes(line.path("shares"))).append(';').append(line.path("riskClass").asText()).append(';')
                    .append(line.path("weight").asLong()).append(';').append(codes(line.path("categories"))).append(';')
                    .append(ids(line.path("previousTeam"))).append(';').append(ids(line.path("conflictInspectorIds")))
                    .append('\n');
        }
        return text.toString();
    }

    private static String inspectorsText(JsonNode inspectors) {
        StringBuilder text = new StringBuilder();
        for (JsonNode inspector : inspectors) {
            text.append(inspector.path("inspectorId").asLong()).append(';').append(inspector.path("province").asText())
                    .append(';').append(codes(inspector.path("qualifications"))).append(';')
                    .append(inspector.path("certificateValidUntil").asText()).append('\n');
        }
        return text.toString();
    }

    private static String partyExclusionsText(JsonNode exclusions) {
        StringBuilder text = new StringBuilder();
        for (JsonNode exclusion : exclusions) {
            text.append(exclusion.path("partyId").asLong()).append(';').append(exclusion.path("reason").asText())
                    .append(';').append(textOrEmpty(exclusion.path("province"))).append(';')
                    .append(codes(exclusion.path("categories"))).append(';')
                    .append(textOrEmpty(exclusion.path("inspectionId"))).append('\n');
        }
        return text.toString();
    }

    private static String inspectorExclusionsText(JsonNode exclusions) {
        StringBuilder text = new StringBuilder();
        for (JsonNode exclusion : exclusions) {
            text.append(exclusion.path("inspectorId").asLong()).append(';').append(exclusion.path("reason").asText())
                    .append('\n');
        }
        return text.toString();
    }

    private static String frozenText(long campaign, JsonNode frozen, String register, String inspectors,
                                     String partyExclusions, String inspectorExclusions) {
        JsonNode p = frozen.path("parameters");
        StringBuilder text = new StringBuilder("algorithm=chuanyu-draw/2\ncampaign=" + campaign + "\n");
        text.append("sampleCount=").append(textOrEmpty(p.path("sampleCount"))).append('\n');
        text.append("sampleRatio=").append(p.path("sampleRatio").isNumber()
                ? p.path("sampleRatio").decimalValue().stripTrailingZeros().toPlainString() : "").append('\n');
        for (String riskClass : RISK_CLASSES) {
            text.append("minimum.").append(riskClass).append('=')
                    .append(p.path("minimumPerRiskClass").path(riskClass).asInt(0)).append('\n');
        }
        text.append("teamSize=").append(p.path("teamSize").asInt()).append('\n')
                .append("loadCap=").append(p.path("loadCap").asInt()).append('\n')
                .append("joint=").append(p.path("joint").asBoolean()).append('\n')
                .append("provinces=").append(codes(p.path("provinces"))).append('\n')
                .append("plannedDays=").append(codes(frozen.path("plannedDays"))).append('\n')
                .append("register=").append(register).append('\n')
                .append("inspectors=").append(inspectors).append('\n')
                .append("partyExclusions=").append(partyExclusions).append('\n')
                .append("inspectorExclusions=").append(inspectorExclusions).append('\n');
        return text.toString();
    }

    /** Steps 3 to 7 of the algorithm: the result's text, line by line. */
    private static List<String> draw(String seed, JsonNode frozen) {
        JsonNode p = frozen.path("parameters");
        List<JsonNode> register = new ArrayList<>();
        frozen.path("register").forEach(register::add);
        Map<JsonNode, Double> keys = new HashMap<>();
        for (JsonNode line : register) {
            keys.put(line, StrictMath.log(u(seed, "party:" + line.path("partyId").asLong())) / line.path("weight").asLong());
        }
        register.sort(Comparator.comparing((JsonNode line) -> keys.get(line)).reversed()
                .thenComparingLong(line -> line.path("partyId").asLong()));
        int total = register.size();
        int requested = p.path("sampleCount").isNumber() ? Math.min(p.path("sampleCount").asInt(), total)
                : Math.min(new BigDecimal(total).multiply(p.path("sampleRatio").decimalValue())
                .setScale(0, RoundingMode.CEILING).intValue(), total);
        Set<JsonNode> chosen = new java.util.HashSet<>();
        Set<JsonNode> byMinimum = new java.util.HashSet<>();
        for (String riskClass : RISK_CLASSES) {
            int minimum = p.path("minimumPerRiskClass").path(riskClass).asInt(0);
            register.stream().filter(line -> line.path("riskClass").asText().equals(riskClass)).limit(minimum)
                    .forEach(line -> {
                        chosen.add(line);
                        byMinimum.add(line);
                    });
        }
        int size = Math.max(requested, chosen.size());
        for (JsonNode line : register) {
            if (chosen.size() < size) {
                chosen.add(line);
            }
        }
        List<String> lines = new ArrayList<>(List.of("registerSize=" + total + "\n", "requestedSize=" + requested + "\n",
                "selectionSize=" + size + "\n"));
        List<String> days = new ArrayList<>();
        frozen.path("plannedDays").forEach(day -> days.add(day.asText()));
        Map<Long, Integer> load = new HashMap<>();
        int position = 0;
        for (JsonNode line : register) {
            if (!chosen.contains(line)) {
                continue;
            }
            position++;
            String day = days.get((position - 1) % days.size());
            lines.add(position + ";" + line.path("partyId").asLong() + ";"
                    + String.format("%016x", Double.doubleToRawLongBits(keys.get(line))) + ";" + byMinimum.contains(line)
                    + ";" + day + ";" + team(seed, frozen, line, LocalDate.parse(day), load) + "\n");
        }
        return lines;
    }

    /** Step 7 for one party: {@code team;excluded;problem}. */
    private static String team(String seed, JsonNode frozen, JsonNode party, LocalDate day, Map<Long, Integer> load) {
        JsonNode p = frozen.path("parameters");
        List<String> provinces = new ArrayList<>();
        p.path("provinces").forEach(province -> provinces.add(province.asText()));
        provinces.sort(Comparator.naturalOrder());
        Set<String> categories = new TreeSet<>();
        party.path("categories").forEach(category -> categories.add(category.asText()));
        long partyId = party.path("partyId").asLong();
        List<JsonNode> candidates = new ArrayList<>();
        for (JsonNode inspector : frozen.path("inspectors")) {
            Set<String> qualifications = new TreeSet<>();
            inspector.path("qualifications").forEach(q -> qualifications.add(q.asText()));
            if (provinces.contains(inspector.path("province").asText()) && qualifications.containsAll(categories)) {
                candidates.add(inspector);
            }
        }
        candidates.sort(Comparator.comparing((JsonNode inspector) ->
                        u(seed, "team:" + partyId + ":" + inspector.path("inspectorId").asLong())).reversed()
                .thenComparingLong(inspector -> inspector.path("inspectorId").asLong()));
        Set<Long> conflicts = idSet(party.path("conflictInspectorIds"));
        Set<Long> previous = idSet(party.path("previousTeam"));
        int teamSize = p.path("teamSize").asInt();
        int cap = p.path("loadCap").asInt();
        Map<JsonNode, String> reasons = new LinkedHashMap<>();
        for (JsonNode candidate : candidates) {
            long id = candidate.path("inspectorId").asLong();
            if (conflicts.contains(id)) {
                reasons.put(candidate, "CONFLICT");
            } else if (previous.contains(id)) {
                reasons.put(candidate, "PREVIOUS_TEAM");
            } else if (LocalDate.parse(candidate.path("certificateValidUntil").asText()).isBefore(day)) {
                reasons.put(candidate, "CERTIFICATE_EXPIRED");
            }
        }
        List<JsonNode> available = candidates.stream().filter(c -> !reasons.containsKey(c))
                .filter(c -> load.getOrDefault(c.path("inspectorId").asLong(), 0) < cap).toList();
        List<JsonNode> team = new ArrayList<>();
        for (String province : provinces) {
            available.stream().filter(c -> c.path("province").asText().equals(province)).findFirst().ifPresent(team::add);
        }
        for (JsonNode candidate : available) {
            if (team.size() < teamSize && !team.contains(candidate)) {
                team.add(candidate);
            }
        }
        int lowest = team.stream().mapToInt(candidates::indexOf).max().orElse(-1);
        List<String> excluded = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            JsonNode candidate = candidates.get(i);
            if (reasons.containsKey(candidate)) {
                excluded.add(candidate.path("inspectorId").asLong() + ":" + reasons.get(candidate));
            } else if (!available.contains(candidate) && i < lowest) {
                excluded.add(candidate.path("inspectorId").asLong() + ":LOAD_CAP");
            }
        }
        List<String> missing = provinces.stream().filter(province -> available.stream()
                .noneMatch(c -> c.path("province").asText().equals(province))).toList();
        if (team.size() == teamSize && missing.isEmpty()) {
            team.forEach(member -> load.merge(member.path("inspectorId").asLong(), 1, Integer::sum));
            return team.stream().map(member -> String.valueOf(member.path("inspectorId").asLong()))
                    .collect(Collectors.joining(",")) + ";" + String.join(",", excluded) + ";";
        }
        Map<String, Long> perProvince = new TreeMap<>();
        provinces.forEach(province -> perProvince.put(province, candidates.stream()
                .filter(c -> c.path("province").asText().equals(province)).count()));
        long atCap = candidates.stream().filter(c -> !reasons.containsKey(c) && !available.contains(c)).count();
        String problem = "needed=" + teamSize + ",available=" + available.size() + ",missingProvinces="
                + String.join("+", missing) + ",candidates=" + perProvince.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining("+"))
                + ",conflict=" + count(reasons, "CONFLICT") + ",previousTeam=" + count(reasons, "PREVIOUS_TEAM")
                + ",certificateExpired=" + count(reasons, "CERTIFICATE_EXPIRED") + ",loadCap=" + atCap;
        return ";" + String.join(",", excluded) + ";" + problem;
    }

    /** The published result written in the README's result form, to compare with the recomputed one. */
    private static String publishedResultText(JsonNode result) {
        StringBuilder text = new StringBuilder("registerSize=" + result.path("registerSize").asInt() + "\nrequestedSize="
                + result.path("requestedSize").asInt() + "\nselectionSize=" + result.path("selectionSize").asInt()
                + "\n");
        for (JsonNode drawn : result.path("selection")) {
            String bits = String.format("%016x", Double.doubleToRawLongBits(drawn.path("key").asDouble()));
            text.append(drawn.path("position").asInt()).append(';').append(drawn.path("partyId").asLong()).append(';')
                    .append(bits.equals(drawn.path("keyBits").asText()) ? bits : "key≠keyBits").append(';')
                    .append(drawn.path("byMinimum").asBoolean()).append(';').append(drawn.path("plannedDate").asText())
                    .append(';');
            List<String> team = new ArrayList<>();
            drawn.path("team").forEach(member -> team.add(member.asText()));
            text.append(String.join(",", team)).append(';');
            List<String> excluded = new ArrayList<>();
            drawn.path("excluded").forEach(e -> excluded.add(e.path("inspectorId").asLong() + ":"
                    + e.path("reason").asText()));
            text.append(String.join(",", excluded)).append(';');
            JsonNode problem = drawn.path("teamProblem");
            if (problem.isObject()) {
                List<String> missing = new ArrayList<>();
                problem.path("missingProvinces").forEach(province -> missing.add(province.asText()));
                List<String> candidates = new ArrayList<>();
                new TreeMap<>(fields(problem.path("candidates"))).forEach((k, v) -> candidates.add(k + ":" + v));
                text.append("needed=").append(problem.path("needed").asInt()).append(",available=")
                        .append(problem.path("available").asInt()).append(",missingProvinces=")
                        .append(String.join("+", missing)).append(",candidates=").append(String.join("+", candidates))
                        .append(",conflict=").append(problem.path("conflict").asInt()).append(",previousTeam=")
                        .append(problem.path("previousTeam").asInt()).append(",certificateExpired=")
                        .append(problem.path("certificateExpired").asInt()).append(",loadCap=")
                        .append(problem.path("loadCap").asInt());
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static Map<String, Integer> fields(JsonNode object) {
        Map<String, Integer> fields = new TreeMap<>();
        object.properties().forEach(field -> fields.put(field.getKey(), field.getValue().asInt()));
        return fields;
    }

    private static long count(Map<JsonNode, String> reasons, String reason) {
        return reasons.values().stream().filter(reason::equals).count();
    }

    /** U(m) of the README: HMAC-SHA256 keyed with the seed's UTF-8 bytes, first 52 bits, (x + 0.5) / 2^52. */
    private static double u(String seed, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(message.getBytes(StandardCharsets.US_ASCII));
            long x = 0;
            for (int i = 0; i < 8; i++) {
                x = (x << 8) | (digest[i] & 0xff);
            }
            return ((x >>> 12) + 0.5) / Math.pow(2, 52);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.forEach(code -> codes.add(code.asText()));
        return codes.stream().sorted().collect(Collectors.joining(","));
    }

    private static String ids(JsonNode list) {
        return idSet(list).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Set<Long> idSet(JsonNode list) {
        Set<Long> ids = new TreeSet<>();
        list.forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    private static String textOrEmpty(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    private void expect(String what, String expected, String published) {
        if (!expected.equals(published)) {
            mismatches.add(what + ": recomputed " + abbreviate(expected) + " but the record says " + abbreviate(published));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
