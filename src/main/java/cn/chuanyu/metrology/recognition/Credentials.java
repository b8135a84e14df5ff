package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.registry.PartyDetails;
import cn.chuanyu.metrology.registry.PartyRegister;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** What a party's certificates say today: which are current, until when, and for which categories. */
@Component
class Credentials {

    private final PartyRegister parties;

    Credentials(PartyRegister parties) {
        this.parties = parties;
    }

    /** The last day a current authorisation certificate or type approval of the party is valid; empty if none is. */
    Optional<LocalDate> currentUntil(long partyId) {
        PartyDetails party = parties.get(partyId);
        Optional<LocalDate> certificate = Optional.ofNullable(party.certificate()).filter(c -> !c.expired())
                .map(PartyDetails.Certificate::validTo);
        Optional<LocalDate> approvals = party.products().stream().filter(p -> !p.expired())
                .map(PartyDetails.Product::approvalValidTo).max(LocalDate::compareTo);
        return certificate.isEmpty() ? approvals
                : approvals.map(a -> a.isAfter(certificate.get()) ? a : certificate.get()).or(() -> certificate);
    }

    /** The categories a current certificate's scope or a current type approval covers. */
    Set<String> currentCategories(long partyId) {
        PartyDetails party = parties.get(partyId);
        Set<String> categories = new TreeSet<>();
        if (party.certificate() != null && !party.certificate().expired()) {
            categories.addAll(party.certificate().scope());
        }
        party.products().stream().filter(p -> !p.expired()).forEach(p -> categories.add(p.categoryCode()));
        return categories;
    }

    /** No certificate, measurement standard or type approval of the party has expired. */
    boolean allCurrent(long partyId) {
        PartyDetails party = parties.get(partyId);
        return (party.certificate() == null || !party.certificate().expired())
                && party.standards().stream().noneMatch(PartyDetails.Standard::expired)
                && party.products().stream().noneMatch(PartyDetails.Product::expired);
    }
}
