package cn.chuanyu.metrology.registry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Every credential of one party, and what they say on a given day; the registry's answer to "valid on D?". */
public record PartyCredentials(long partyId, List<Credential> credentials, Set<String> certificateScope) {

    public PartyCredentials {
        credentials = List.copyOf(credentials);
        certificateScope = Set.copyOf(certificateScope);
    }

    /** The credentials of a kind that are not valid on the day. */
    public List<Credential> expiredOn(LocalDate day, Credential.Kind kind) {
        return credentials.stream().filter(c -> c.kind() == kind && !c.validOn(day)).toList();
    }

    /** No credential of the party has expired by the day. */
    public boolean allValidOn(LocalDate day) {
        return credentials.stream().allMatch(c -> c.validOn(day));
    }

    /** The last day a certificate or type approval valid on the day stays valid; empty if none is valid. */
    public Optional<LocalDate> currentUntil(LocalDate day) {
        return credentials.stream().filter(c -> c.kind() != Credential.Kind.STANDARD && c.validOn(day))
                .map(Credential::lastValidDay).max(Comparator.naturalOrder());
    }

    /** The categories a certificate (its scope) or type approval valid on the day covers. */
    public Set<String> categoriesCoveredOn(LocalDate day) {
        Set<String> categories = new TreeSet<>();
        for (Credential credential : credentials) {
            if (credential.validOn(day) && credential.kind() == Credential.Kind.CERTIFICATE) {
                categories.addAll(certificateScope);
            } else if (credential.validOn(day) && credential.kind() == Credential.Kind.TYPE_APPROVAL) {
                categories.add(credential.categoryCode());
            }
        }
        return categories;
    }
}
