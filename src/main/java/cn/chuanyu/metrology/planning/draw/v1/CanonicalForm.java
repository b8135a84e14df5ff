package cn.chuanyu.metrology.planning.draw.v1;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The documented byte forms the draw's hashes are taken over: UTF-8 text, one record per line ending in LF,
 * fields separated by ';', lists by ',' in ascending order, records in ascending id order.
 */
public final class CanonicalForm {

    /** Risk classes in the order their minimums appear in the parameters' byte form. */
    public static final List<String> RISK_CLASSES = List.of("LOW", "MEDIUM", "HIGH");

    private CanonicalForm() {
    }

    /** {@code partyId;province;riskClass;weight;categories;previousTeam;conflictInspectorIds\n} per party. */
    public static byte[] register(List<RegisterEntry> register) {
        StringBuilder text = new StringBuilder(register.size() * 40);
        for (RegisterEntry entry : register) {
            text.append(entry.partyId()).append(';').append(entry.province()).append(';')
                    .append(entry.riskClass()).append(';').append(entry.weight()).append(';')
                    .append(joinSorted(entry.categories())).append(';')
                    .append(joinSorted(entry.previousTeam())).append(';')
                    .append(joinSorted(entry.conflictInspectorIds())).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code partyId;province;riskClass;weight;categories\n} per party: the register as published to everyone. */
    public static byte[] publicRegister(List<RegisterEntry> register) {
        StringBuilder text = new StringBuilder(register.size() * 30);
        for (RegisterEntry entry : register) {
            text.append(entry.partyId()).append(';').append(entry.province()).append(';')
                    .append(entry.riskClass()).append(';').append(entry.weight()).append(';')
                    .append(joinSorted(entry.categories())).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code inspectorId;province;qualifications\n} per inspector. */
    public static byte[] inspectors(List<InspectorEntry> inspectors) {
        StringBuilder text = new StringBuilder(inspectors.size() * 40);
        for (InspectorEntry inspector : inspectors) {
            text.append(inspector.inspectorId()).append(';').append(inspector.province()).append(';')
                    .append(joinSorted(inspector.qualifications())).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code name=value\n} lines in a fixed order; absent values are empty. */
    public static byte[] inputs(DrawInputs inputs) {
        DrawParameters p = inputs.parameters();
        StringBuilder text = new StringBuilder()
                .append("algorithm=").append(inputs.algorithmVersion()).append('\n')
                .append("seed=").append(inputs.seed()).append('\n')
                .append("sampleCount=").append(p.sampleCount() == null ? "" : p.sampleCount()).append('\n')
                .append("sampleRatio=").append(ratio(p.sampleRatio())).append('\n');
        for (String riskClass : RISK_CLASSES) {
            text.append("minimum.").append(riskClass).append('=')
                    .append(p.minimumPerRiskClass().getOrDefault(riskClass, 0)).append('\n');
        }
        text.append("teamSize=").append(p.teamSize()).append('\n')
                .append("loadCap=").append(p.loadCap()).append('\n')
                .append("joint=").append(p.joint()).append('\n')
                .append("provinces=").append(joinSorted(p.provinces())).append('\n')
                .append("register=").append(inputs.registerSha256()).append('\n')
                .append("inspectors=").append(inputs.inspectorsSha256()).append('\n');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String ratio(BigDecimal ratio) {
        return ratio == null ? "" : ratio.stripTrailingZeros().toPlainString();
    }

    private static <T extends Comparable<T>> String joinSorted(List<T> values) {
        return values.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }
}
