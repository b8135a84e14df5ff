package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.security.CurrentUser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign (抽查计划) as stored: its scope, sampling, window, the seed fixed before the draw, and where it stands.
 *
 * @param seriesId       the recurring campaign this one is an occurrence of, or null
 * @param occurrenceDate the date this occurrence of a series was due, or null
 */
public record Campaign(long id, String name, PartyKind partyKind, List<String> categories, List<String> provinces,
                       boolean joint, Integer sampleCount, BigDecimal sampleRatio,
                       Map<String, Integer> minimumPerRiskClass, int teamSize, int loadCap,
                       LocalDate periodStart, LocalDate periodEnd, LocalDate windowStart, LocalDate windowEnd,
                       String seed, String seedSource, String recurrence, Long seriesId, LocalDate occurrenceDate,
                       CampaignStatus status, String createdBy, String openedBy, String processInstanceId,
                       int version) {

    /** Whether the given user may see this campaign: they serve one of its provinces. */
    public boolean visibleTo(CurrentUser user) {
        return provinces.stream().anyMatch(user::servesProvince);
    }
}
