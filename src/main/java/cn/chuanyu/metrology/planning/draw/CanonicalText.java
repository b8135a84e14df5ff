package cn.chuanyu.metrology.planning.draw;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The byte forms of {@code chuanyu-draw/2}: UTF-8 text, every line ending in LF, fields joined with ';', lists with
 * ',' (ascending unless the README says otherwise), absent values as empty text, ids in decimal, dates yyyy-MM-dd.
 */
final class CanonicalText {

    private CanonicalText() {
    }

    static String register(List<RegisterLine> register) {
        StringBuilder text = new StringBuilder(register.size() * 48);
        for (RegisterLine line : register) {
            text.append(line.partyId()).append(';').append(line.homeProvince()).append(';')
                    .append(join(line.shares())).append(';').append(line.riskClass()).append(';')
                    .append(line.weight()).append(';').append(join(line.categories())).append(';')
                    .append(join(line.previousTeam())).append(';').append(join(line.conflictInspectorIds()))
                    .append('\n');
        }
        return text.toString();
    }

    static String inspectors(List<PoolInspector> inspectors) {
        StringBuilder text = new StringBuilder(inspectors.size() * 40);
        for (PoolInspector inspector : inspectors) {
            text.append(inspector.inspectorId()).append(';').append(inspector.province()).append(';')
                    .append(join(inspector.qualifications())).append(';')
                    .append(inspector.certificateValidUntil()).append('\n');
        }
        return text.toString();
    }

    static String partyExclusions(List<PartyExclusion> exclusions) {
        StringBuilder text = new StringBuilder();
        for (PartyExclusion exclusion : exclusions) {
            text.append(exclusion.partyId()).append(';').append(exclusion.reason()).append(';')
                    .append(orEmpty(exclusion.province())).append(';').append(join(exclusion.categories()))
                    .append(';').append(orEmpty(exclusion.inspectionId())).append('\n');
        }
        return text.toString();
    }

    static String inspectorExclusions(List<PoolExclusion> exclusions) {
        StringBuilder text = new StringBuilder();
        for (PoolExclusion exclusion : exclusions) {
            text.append(exclusion.inspectorId()).append(';').append(exclusion.reason()).append('\n');
        }
        return text.toString();
    }

    static String frozen(FrozenInputs frozen) {
        DrawParameters p = frozen.parameters();
        StringBuilder text = new StringBuilder()
                .append("algorithm=").append(Draw.ALGORITHM).append('\n')
                .append("campaign=").append(frozen.campaignId()).append('\n')
                .append("sampleCount=").append(orEmpty(p.sampleCount())).append('\n')
                .append("sampleRatio=")
                .append(p.sampleRatio() == null ? "" : p.sampleRatio().stripTrailingZeros().toPlainString())
                .append('\n');
        for (String riskClass : DrawParameters.RISK_CLASSES) {
            text.append("minimum.").append(riskClass).append('=').append(p.minimum(riskClass)).append('\n');
        }
        return text.append("teamSize=").append(p.teamSize()).append('\n')
                .append("loadCap=").append(p.loadCap()).append('\n')
                .append("joint=").append(p.joint()).append('\n')
                .append("provinces=").append(join(p.provinces())).append('\n')
                .append("plannedDays=").append(join(frozen.plannedDays())).append('\n')
                .append("register=").append(frozen.registerSha256()).append('\n')
                .append("inspectors=").append(frozen.inspectorsSha256()).append('\n')
                .append("partyExclusions=").append(frozen.partyExclusionsSha256()).append('\n')
                .append("inspectorExclusions=").append(frozen.inspectorExclusionsSha256()).append('\n')
                .toString();
    }

    static String result(DrawResult result) {
        StringBuilder text = new StringBuilder()
                .append("registerSize=").append(result.registerSize()).append('\n')
                .append("requestedSize=").append(result.requestedSize()).append('\n')
                .append("selectionSize=").append(result.selectionSize()).append('\n');
        for (DrawnParty drawn : result.selection()) {
            text.append(drawn.position()).append(';').append(drawn.partyId()).append(';').append(drawn.keyBits())
                    .append(';').append(drawn.byMinimum()).append(';').append(drawn.plannedDate()).append(';')
                    .append(drawn.team().stream().map(String::valueOf).collect(Collectors.joining(","))).append(';')
                    .append(drawn.excluded().stream().map(e -> e.inspectorId() + ":" + e.reason())
                            .collect(Collectors.joining(","))).append(';')
                    .append(drawn.teamProblem() == null ? "" : drawn.teamProblem().canonical()).append('\n');
        }
        return text.toString();
    }

    /** Values in the order given, joined with ','. */
    static String join(Collection<?> values) {
        return values.stream().map(value -> value instanceof LocalDate date ? date.toString() : String.valueOf(value))
                .collect(Collectors.joining(","));
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
