package cn.chuanyu.metrology.recognition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The recognition request form as it was typed, so a refused one comes back unchanged with the reasons beside it. */
class RecognitionForm {

    @NotNull
    private Long partyId;
    @NotNull
    private Basis basis = Basis.INSPECTION_RESULT;
    private Long inspectionId;
    @NotBlank
    @Pattern(regexp = "SC|CQ")
    private String province;
    @NotEmpty
    private List<String> categories = new ArrayList<>();
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validUntil;
    private boolean onBehalfOfParty;

    static RecognitionForm to(String province) {
        RecognitionForm form = new RecognitionForm();
        form.province = province;
        return form;
    }

    RecognitionRequest toRequest() {
        return new RecognitionRequest(partyId, basis == Basis.CERTIFICATE ? null : inspectionId, province,
                new LinkedHashSet<>(categories), validUntil, onBehalfOfParty, basis);
    }

    public Long getPartyId() {
        return partyId;
    }

    public void setPartyId(Long partyId) {
        this.partyId = partyId;
    }

    public Basis getBasis() {
        return basis;
    }

    public void setBasis(Basis basis) {
        this.basis = basis;
    }

    public Long getInspectionId() {
        return inspectionId;
    }

    public void setInspectionId(Long inspectionId) {
        this.inspectionId = inspectionId;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : categories;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public boolean isOnBehalfOfParty() {
        return onBehalfOfParty;
    }

    public void setOnBehalfOfParty(boolean onBehalfOfParty) {
        this.onBehalfOfParty = onBehalfOfParty;
    }
}
