package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.registry.PartyKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/**
 * A campaign to create: scope, sampling (a count or a ratio), minimum per risk class (LOW, MEDIUM, HIGH), team
 * size and load cap (defaults 2 and 20), period, planned inspection window, optionally the public random value
 * named in advance for the seed (the beacon: where it is published and when it is due; it can also be named later,
 * before opening), and an optional ISO-8601 repeating interval such as {@code R/2027-01-01T00:00:00+08:00/P3M}
 * (a recurring campaign names its beacon at once, with {@code {date}} standing for each occurrence's date).
 */
public record NewCampaign(
        @NotBlank @Size(max = 200) String name,
        @NotNull PartyKind partyKind,
        @NotEmpty Set<@NotBlank String> categories,
        @NotEmpty Set<@Pattern(regexp = "SC|CQ", message = "{problem.province}") String> provinces,
        boolean joint,
        @Min(1) Integer sampleCount,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal sampleRatio,
        Map<String, @PositiveOrZero Integer> minimumPerRiskClass,
        @Min(2) @Max(10) Integer teamSize,
        @Min(1) Integer loadCap,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @NotNull LocalDate windowStart,
        @NotNull LocalDate windowEnd,
        @Size(max = 300) String beaconSource,
        OffsetDateTime beaconDueAt,
        @Size(max = 100) String recurrence) {

    public NewCampaign {
        minimumPerRiskClass = minimumPerRiskClass == null ? Map.of() : minimumPerRiskClass;
        teamSize = teamSize == null ? 2 : teamSize;
        loadCap = loadCap == null ? 20 : loadCap;
    }
}
