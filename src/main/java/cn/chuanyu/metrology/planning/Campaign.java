package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.planning.draw.DrawParameters;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.security.CurrentUser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A campaign (抽查计划) as stored: its scope, sampling, window, recurrence and where it stands. Its seed comes from
 * the contributions of {@link Contributions}.
 *
 * @param seriesId       the recurring campaign this one is an occurrence of, or null
 * @param occurrenceDate the date this occurrence of a series was due, or null
 */
public record Campaign(long id, String name, PartyKind partyKind, List<String> categories, List<String> provinces,
                       boolean joint, Integer sampleCount, BigDecimal sampleRatio,
                       Map<String, Integer> minimumPerRiskClass, int teamSize, int loadCap,
                       LocalDate periodStart, LocalDate periodEnd, LocalDate windowStart, LocalDate windowEnd,
                       String recurrence, Long seriesId, LocalDate occurrenceDate,
                       CampaignStatus status, String createdBy, String openedBy, String processInstanceId,
                       int version) {

    /** The campaign as a command moved to start on the given date (an occurrence keeps its template's shape). */
    NewCampaign movedTo(LocalDate start) {
        long shift = ChronoUnit.DAYS.between(periodStart, start);
        String movedName = start.equals(periodStart) ? name : name + " " + start;
        return new NewCampaign(movedName, partyKind, Set.copyOf(categories), Set.copyOf(provinces), joint, sampleCount,
                sampleRatio, minimumPerRiskClass, teamSize, loadCap, start, periodEnd.plusDays(shift),
                windowStart.plusDays(shift), windowEnd.plusDays(shift), null, null, null);
    }

    /** The parameters of this campaign's draw. */
    DrawParameters drawParameters() {
        return new DrawParameters(sampleCount, sampleRatio, minimumPerRiskClass, teamSize, loadCap, joint, provinces);
    }

    /** Whether the given user may see this campaign: they serve one of its provinces. */
    public boolean visibleTo(CurrentUser user) {
        return provinces.stream().anyMatch(user::servesProvince);
    }
}
