package cn.chuanyu.metrology.registry;

import cn.chuanyu.metrology.web.FieldProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules a party must follow beyond the shape of its fields: a valid credit code, a region of its own
 * province, known instrument categories, validity periods that end after they start, and a certificate and
 * standards only for authorised bodies, products only for makers. Field names are those of {@link PartyDraft}.
 */
public final class PartyRules {

    private final ReferenceCodes codes;

    public PartyRules(ReferenceCodes codes) {
        this.codes = codes;
    }

    public List<FieldProblem> check(PartyDraft party) {
        List<FieldProblem> problems = new ArrayList<>();
        CreditCode.problem(party.creditCode()).ifPresent(reason -> problems.add(new FieldProblem("creditCode", reason)));
        checkRegion(party, problems);
        checkCertificate(party, problems);
        if (!party.standards().isEmpty() && party.kind() != PartyKind.AUTHORISED_BODY) {
            problems.add(new FieldProblem("standards", "only an authorised body holds measurement standards"));
        }
        checkProducts(party, problems);
        checkOperatingProvinces(party, problems);
        return problems;
    }

    /** Where else it operates: known provinces other than its home province, each once. */
    private static void checkOperatingProvinces(PartyDraft party, List<FieldProblem> problems) {
        if (party.operatingProvinces() == null) {
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (OperatingProvince operating : party.operatingProvinces()) {
            if (operating == null || operating.province() == null || operating.basis() == null) {
                problems.add(new FieldProblem("operatingProvinces", "each needs a province and a basis "
                        + "(SITE, SERVICE or MARKET)"));
            } else if (!List.of("SC", "CQ").contains(operating.province())) {
                problems.add(new FieldProblem("operatingProvinces", "unknown province '" + operating.province() + "'"));
            } else if (operating.province().equals(party.province())) {
                problems.add(new FieldProblem("operatingProvinces", operating.province()
                        + " is the home province; list only the other provinces it operates in"));
            } else if (!seen.add(operating.province())) {
                problems.add(new FieldProblem("operatingProvinces", operating.province() + " is listed twice"));
            }
        }
    }

    private void checkRegion(PartyDraft party, List<FieldProblem> problems) {
        if (party.regionCode() == null) {
            return;
        }
        if (!codes.knownRegion(party.regionCode())) {
            problems.add(new FieldProblem("regionCode", "unknown region code '" + party.regionCode() + "'"));
        } else if (!codes.regionIn(party.regionCode(), party.province())) {
            problems.add(new FieldProblem("regionCode", "region " + party.regionCode() + " is not in province "
                    + party.province()));
        }
    }

    private void checkCertificate(PartyDraft party, List<FieldProblem> problems) {
        PartyDraft.Certificate certificate = party.certificate();
        if (certificate == null) {
            return;
        }
        if (party.kind() != PartyKind.AUTHORISED_BODY) {
            problems.add(new FieldProblem("certificate", "only an authorised body holds an authorisation certificate"));
        }
        if (certificate.validFrom() != null && certificate.validTo() != null
                && certificate.validTo().isBefore(certificate.validFrom())) {
            problems.add(new FieldProblem("certificate.validTo", "must not be before validFrom"));
        }
        certificate.scope().stream().filter(code -> !codes.knownCategory(code)).sorted().forEach(code ->
                problems.add(new FieldProblem("certificate.scope", "unknown instrument category '" + code + "'")));
    }

    private void checkProducts(PartyDraft party, List<FieldProblem> problems) {
        if (!party.products().isEmpty() && party.kind() != PartyKind.INSTRUMENT_MAKER) {
            problems.add(new FieldProblem("products", "only an instrument maker has products"));
        }
        for (int i = 0; i < party.products().size(); i++) {
            PartyDraft.Product product = party.products().get(i);
            if (product.categoryCode() != null && !codes.knownCategory(product.categoryCode())) {
                problems.add(new FieldProblem("products[" + i + "].categoryCode",
                        "unknown instrument category '" + product.categoryCode() + "'"));
            }
            if (product.approvalValidFrom() != null && product.approvalValidTo() != null
                    && product.approvalValidTo().isBefore(product.approvalValidFrom())) {
                problems.add(new FieldProblem("products[" + i + "].approvalValidTo",
                        "must not be before approvalValidFrom"));
            }
        }
    }
}
