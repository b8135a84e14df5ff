package cn.chuanyu.metrology.planning.draw;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

class VectorWriterTests {

    ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void write() throws Exception {
        ObjectNode root = json.createObjectNode();
        root.put("description", "chuanyu-draw/2 test vector");
        ArrayNode cases = root.putArray("cases");
        cases.add(joint());
        cases.add(single());
        json.writeValue(new File("src/test/resources/draw/chuanyu-draw-2-vector.json"), root);
    }

    ObjectNode joint() {
        long campaign = 4711;
        DrawParameters p = new DrawParameters(5, null, Map.of("HIGH", 2), 3, 2, true, List.of("SC", "CQ"));
        List<LocalDate> days = List.of(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-02"),
                LocalDate.parse("2027-03-03"));
        List<RegisterLine> register = new ArrayList<>();
        String[] risk = {"LOW", "MEDIUM", "HIGH", "LOW", "LOW", "HIGH", "MEDIUM", "LOW", "HIGH", "LOW", "MEDIUM", "LOW"};
        long[] weights = {1, 3, 6, 2, 1, 4, 2, 1, 5, 3, 2, 1};
        for (int i = 0; i < 12; i++) {
            long id = 9 + i * 7;
            register.add(new RegisterLine(id, i % 3 == 0 ? "CQ" : "SC", i % 4 == 0 ? List.of("CQ", "SC")
                    : List.of(i % 3 == 0 ? "CQ" : "SC"), risk[i], weights[i],
                    i % 5 == 0 ? List.of("FUEL_DISPENSER", "WATER_METER") : List.of("FUEL_DISPENSER"),
                    i % 2 == 0 ? List.of(101L, 104L) : List.of(), i % 3 == 1 ? List.of(102L, 106L) : List.of()));
        }
        List<PoolInspector> pool = List.of(
                new PoolInspector(101, "SC", List.of("FUEL_DISPENSER", "WATER_METER"), LocalDate.parse("2028-12-31")),
                new PoolInspector(102, "SC", List.of("FUEL_DISPENSER"), LocalDate.parse("2028-12-31")),
                new PoolInspector(103, "SC", List.of("FUEL_DISPENSER", "WATER_METER"), LocalDate.parse("2027-03-01")),
                new PoolInspector(104, "CQ", List.of("FUEL_DISPENSER", "WATER_METER"), LocalDate.parse("2028-06-30")),
                new PoolInspector(105, "CQ", List.of("FUEL_DISPENSER"), LocalDate.parse("2027-03-02")),
                new PoolInspector(106, "CQ", List.of("FUEL_DISPENSER", "WATER_METER"), LocalDate.parse("2029-01-31")),
                new PoolInspector(1000, "SC", List.of("FUEL_DISPENSER"), LocalDate.parse("2030-01-01")));
        List<PartyExclusion> partyExclusions = List.of(PartyExclusion.openInspection(31, 5521),
                PartyExclusion.recognised(16, "CQ", List.of("FUEL_DISPENSER")),
                PartyExclusion.recognised(9, "CQ", List.of("WATER_METER")));
        List<PoolExclusion> inspectorExclusions = List.of(
                new PoolExclusion(107, PoolExclusion.Reason.CERTIFICATE_MISSING),
                new PoolExclusion(99, PoolExclusion.Reason.CERTIFICATE_EXPIRED));
        FrozenInputs frozen = new FrozenInputs(campaign, p, days, register, pool, partyExclusions, inspectorExclusions);
        Map<Contributor, String> reveals = new TreeMap<>(Map.of(Contributor.SERVER,
                "3f1c2a9b8d7e6f5041322314a5b6c7d8e9f00112233445566778899aabbccddee".substring(0, 64),
                Contributor.BEACON, "03 11 17 24 29 33 + 08", Contributor.SUPERVISOR_CQ, "重庆 dice 4 2 6 6 1 3 5 2"));
        return vector("joint campaign: two provinces, minimum HIGH 2, load cap 2, conflicts, previous teams, "
                + "certificates ending in the window, partial recognition", campaign, frozen, reveals,
                "福利彩票双色球 2027024 期开奖号码（红球升序，+ 蓝球）", Instant.parse("2027-03-02T13:30:00Z"));
    }

    ObjectNode single() {
        long campaign = 4712;
        DrawParameters p = new DrawParameters(50, null, Map.of(), 2, 1, false, List.of("CQ"));
        List<LocalDate> days = List.of(LocalDate.parse("2027-04-06"));
        List<RegisterLine> register = List.of(
                new RegisterLine(5, "SC", List.of("CQ"), "MEDIUM", 2, List.of("TAXIMETER"), List.of(), List.of()),
                new RegisterLine(12, "CQ", List.of("CQ"), "LOW", 1, List.of("TAXIMETER"), List.of(), List.of()),
                new RegisterLine(40, "CQ", List.of("CQ"), "HIGH", 4, List.of("TAXIMETER"), List.of(), List.of(211L)),
                new RegisterLine(100, "CQ", List.of("CQ"), "LOW", 1, List.of("TAXIMETER"), List.of(212L), List.of()));
        List<PoolInspector> pool = List.of(
                new PoolInspector(211, "CQ", List.of("TAXIMETER"), LocalDate.parse("2027-12-31")),
                new PoolInspector(212, "CQ", List.of("TAXIMETER"), LocalDate.parse("2027-12-31")),
                new PoolInspector(213, "CQ", List.of("TAXIMETER"), LocalDate.parse("2027-12-31")),
                new PoolInspector(214, "CQ", List.of("TAXIMETER"), LocalDate.parse("2027-12-31")),
                new PoolInspector(215, "CQ", List.of("TAXIMETER"), LocalDate.parse("2027-12-31")));
        FrozenInputs frozen = new FrozenInputs(campaign, p, days, register, pool, List.of(), List.of());
        Map<Contributor, String> reveals = new TreeMap<>(Map.of(Contributor.SERVER,
                "00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff", Contributor.BEACON,
                "drand quicknet round 12345678 randomness 5f2e"));
        return vector("single-province campaign of CQ: count 50 > N = 4, load cap 1, an SC party operating in CQ",
                campaign, frozen, reveals, "drand quicknet round 12345678", Instant.parse("2027-04-01T02:00:00Z"));
    }

    ObjectNode vector(String description, long campaign, FrozenInputs frozen, Map<Contributor, String> reveals,
                      String source, Instant dueAt) {
        ObjectNode node = json.createObjectNode();
        node.put("description", description);
        node.put("algorithm", Draw.ALGORITHM);
        node.put("campaignId", campaign);
        ArrayNode contributions = node.putArray("contributions");
        reveals.forEach((contributor, value) -> {
            ObjectNode c = contributions.addObject();
            c.put("contributor", contributor.name());
            c.put("commitmentSha256", contributor == Contributor.BEACON
                    ? SeedCeremony.beaconCommitment(campaign, source, dueAt)
                    : SeedCeremony.commitment(campaign, contributor, value));
            if (contributor == Contributor.BEACON) {
                c.put("beaconSource", source);
                c.put("beaconDueAt", dueAt.toString());
            }
            c.put("value", value);
        });
        node.set("frozen", json.valueToTree(frozen));
        String seed = SeedCeremony.seed(campaign, frozen.frozenSha256(), reveals);
        DrawResult result = Draw.run(frozen, seed);
        ObjectNode hashes = node.putObject("hashes");
        hashes.put("register", frozen.registerSha256());
        hashes.put("inspectors", frozen.inspectorsSha256());
        hashes.put("partyExclusions", frozen.partyExclusionsSha256());
        hashes.put("inspectorExclusions", frozen.inspectorExclusionsSha256());
        hashes.put("frozen", frozen.frozenSha256());
        hashes.put("inputs", SeedCeremony.inputsSha256(frozen.frozenSha256(), seed));
        hashes.put("result", result.resultSha256());
        node.put("seed", seed);
        node.set("result", json.valueToTree(result));
        return node;
    }
}
