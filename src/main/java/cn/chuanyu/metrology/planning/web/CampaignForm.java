package cn.chuanyu.metrology.planning.web;

import cn.chuanyu.metrology.planning.NewCampaign;
import cn.chuanyu.metrology.registry.PartyKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The campaign form as it was typed: a plain bean, so a refused form comes back unchanged with the reason beside
 * each field. {@code scope} is SC, CQ or JOINT (both provinces, administrators only).
 */
class CampaignForm {

    static final String JOINT = "JOINT";
    /** Times typed on the pages are in the regulators' zone (Asia/Shanghai, no daylight saving). */
    static final ZoneOffset REGULATORS_OFFSET = ZoneOffset.ofHours(8);

    @NotBlank
    @Size(max = 200)
    private String name;
    @NotNull
    private PartyKind partyKind = PartyKind.AUTHORISED_BODY;
    @NotEmpty
    private List<String> categories = new ArrayList<>();
    @NotBlank
    @Pattern(regexp = "SC|CQ|JOINT")
    private String scope;
    @Min(1)
    private Integer sampleCount;
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("1")
    private BigDecimal sampleRatio;
    @Min(0)
    private Integer minimumHigh;
    @Min(2)
    @Max(10)
    private Integer teamSize = 2;
    @Min(1)
    private Integer loadCap = 20;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStart;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodEnd;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate windowStart;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate windowEnd;
    @Size(max = 300)
    private String beaconSource;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
    private LocalDateTime beaconDueAt;

    /** A fresh form for the given scope, planned for the next quarter from today. */
    static CampaignForm startingOn(String scope, LocalDate today) {
        CampaignForm form = new CampaignForm();
        form.scope = scope;
        form.periodStart = today.plusDays(1);
        form.periodEnd = today.plusMonths(3);
        form.windowStart = today.plusDays(14);
        form.windowEnd = today.plusMonths(2);
        return form;
    }

    NewCampaign toCommand() {
        boolean joint = JOINT.equals(scope);
        Set<String> provinces = joint ? Set.of("SC", "CQ") : Set.of(scope);
        Map<String, Integer> minimums = new HashMap<>();
        if (minimumHigh != null && minimumHigh > 0) {
            minimums.put("HIGH", minimumHigh);
        }
        return new NewCampaign(name.strip(), partyKind, new LinkedHashSet<>(categories), provinces, joint,
                sampleCount, sampleRatio, minimums, teamSize, loadCap, periodStart, periodEnd, windowStart, windowEnd,
                blankToNull(beaconSource), beaconDueAt == null ? null : beaconDueAt.atOffset(REGULATORS_OFFSET), null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartyKind getPartyKind() {
        return partyKind;
    }

    public void setPartyKind(PartyKind partyKind) {
        this.partyKind = partyKind;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : categories;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Integer getSampleCount() {
        return sampleCount;
    }

    public void setSampleCount(Integer sampleCount) {
        this.sampleCount = sampleCount;
    }

    public BigDecimal getSampleRatio() {
        return sampleRatio;
    }

    public void setSampleRatio(BigDecimal sampleRatio) {
        this.sampleRatio = sampleRatio;
    }

    public Integer getMinimumHigh() {
        return minimumHigh;
    }

    public void setMinimumHigh(Integer minimumHigh) {
        this.minimumHigh = minimumHigh;
    }

    public Integer getTeamSize() {
        return teamSize;
    }

    public void setTeamSize(Integer teamSize) {
        this.teamSize = teamSize;
    }

    public Integer getLoadCap() {
        return loadCap;
    }

    public void setLoadCap(Integer loadCap) {
        this.loadCap = loadCap;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public LocalDate getWindowStart() {
        return windowStart;
    }

    public void setWindowStart(LocalDate windowStart) {
        this.windowStart = windowStart;
    }

    public LocalDate getWindowEnd() {
        return windowEnd;
    }

    public void setWindowEnd(LocalDate windowEnd) {
        this.windowEnd = windowEnd;
    }

    public String getBeaconSource() {
        return beaconSource;
    }

    public void setBeaconSource(String beaconSource) {
        this.beaconSource = beaconSource;
    }

    public LocalDateTime getBeaconDueAt() {
        return beaconDueAt;
    }

    public void setBeaconDueAt(LocalDateTime beaconDueAt) {
        this.beaconDueAt = beaconDueAt;
    }
}
