package cn.chuanyu.metrology.registry;

import cn.chuanyu.metrology.kernel.FieldProblem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a party must follow beyond the shape of its fields: a valid credit code, a region of its own
 * province, known instrument categories, validity periods that end after they start, and a certificate and
 * standards only for authorised bodies, products only for makers. Field names are those of {@link PartyDraft}.
 * An empty field (not given, or unreadable) is left to the checks of the fields themselves.
 */
public final class PartyRules {

    private final ReferenceCodes codes;

    public PartyRules(ReferenceCodes codes) {
        this.codes = codes;
    }

    public List<FieldProblem> check(PartyDraft party) {
        List<FieldProblem> problems = new ArrayList<>();
        if (party.creditCode() != null) {
            CreditCode.reason(party.creditCode()).ifPresent(reason -> problems.add(new FieldProblem("creditCode", reason)));
        }
        checkRegion(party, problems);
        checkCertificate(party, problems);
        if (!party.standards().isEmpty() && party.kind() != null && party.kind() != PartyKind.AUTHORISED_BODY) {
            problems.add(FieldProblem.of("standards", "problem.party.standardsOnlyForBodies"));
        }
        checkProducts(party, problems);
        checkOperatingProvinces(party, problems);
        return problems;
    }

    /** Where else it operates: known provinces other than its home province, each once. */
    private void checkOperatingProvinces(PartyDraft party, List<FieldProblem> problems) {
        if (party.operatingProvinces() == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (OperatingProvince operating : party.operatingProvinces()) {
            if (operating == null || operating.province() == null || operating.basis() == null) {
                problems.add(FieldProblem.of("operatingProvinces", "problem.party.operatingIncomplete"));
            } else if (!codes.knownProvince(operating.province())) {
                problems.add(FieldProblem.of("operatingProvinces", "problem.province"));
            } else if (operating.province().equals(party.province())) {
                problems.add(FieldProblem.of("operatingProvinces", "problem.party.operatingHome",
                        operating.province()));
            } else if (!seen.add(operating.province())) {
                problems.add(FieldProblem.of("operatingProvinces", "problem.party.operatingTwice",
                        operating.province()));
            }
        }
    }

    private void checkRegion(PartyDraft party, List<FieldProblem> problems) {
        if (party.regionCode() == null) {
            return;
        }
        if (!codes.knownRegion(party.regionCode())) {
            problems.add(FieldProblem.of("regionCode", "problem.party.unknownRegion", party.regionCode()));
        } else if (codes.knownProvince(party.province()) && !codes.regionIn(party.regionCode(), party.province())) {
            problems.add(FieldProblem.of("regionCode", "problem.party.regionNotInProvince", party.regionCode(),
                    party.province()));
        }
    }

    private void checkCertificate(PartyDraft party, List<FieldProblem> problems) {
        PartyDraft.Certificate certificate = party.certificate();
        if (certificate == null) {
            return;
        }
        if (party.kind() != null && party.kind() != PartyKind.AUTHORISED_BODY) {
            problems.add(FieldProblem.of("certificate", "problem.party.certificateOnlyForBodies"));
        }
        if (certificate.validFrom() != null && certificate.validTo() != null
                && certificate.validTo().isBefore(certificate.validFrom())) {
            problems.add(FieldProblem.of("certificate.validTo", "problem.notBefore", "validFrom"));
        }
        certificate.scope().stream().filter(code -> !codes.knownCategory(code)).sorted().forEach(code ->
                problems.add(FieldProblem.of("certificate.scope", "problem.unknownCategory", code)));
    }

    private void checkProducts(PartyDraft party, List<FieldProblem> problems) {
        if (!party.products().isEmpty() && party.kind() != null && party.kind() != PartyKind.INSTRUMENT_MAKER) {
            problems.add(FieldProblem.of("products", "problem.party.productsOnlyForMakers"));
        }
        for (int i = 0; i < party.products().size(); i++) {
            PartyDraft.Product product = party.products().get(i);
            if (product.categoryCode() != null && !codes.knownCategory(product.categoryCode())) {
                problems.add(FieldProblem.of("products[" + i + "].categoryCode",
                        "problem.unknownCategory", product.categoryCode()));
            }
            if (product.approvalValidFrom() != null && product.approvalValidTo() != null
                    && product.approvalValidTo().isBefore(product.approvalValidFrom())) {
                problems.add(FieldProblem.of("products[" + i + "].approvalValidTo",
                        "problem.notBefore", "approvalValidFrom"));
            }
        }
    }
}
