package cn.chuanyu.metrology.planning.draw.v1;

import java.util.Comparator;
import java.util.List;

/**
 * Everything a draw depends on, frozen before it runs: the algorithm version, the published seed, the parameters,
 * the register of eligible parties and the pool of inspectors. The draw is a pure function of these.
 */
public record DrawInputs(String algorithmVersion, String seed, DrawParameters parameters,
                         List<RegisterEntry> register, List<InspectorEntry> inspectors) {

    public DrawInputs {
        if (seed == null || seed.isBlank()) {
            throw new IllegalArgumentException("a draw needs a seed fixed in advance");
        }
        register = register.stream().sorted(Comparator.comparingLong(RegisterEntry::partyId)).toList();
        inspectors = inspectors.stream().sorted(Comparator.comparingLong(InspectorEntry::inspectorId)).toList();
    }

    public String registerSha256() {
        return CanonicalForm.sha256Hex(CanonicalForm.register(register));
    }

    /** The hash of the register without people (no previous teams, no conflicts), as the public can check it. */
    public String publicRegisterSha256() {
        return CanonicalForm.sha256Hex(CanonicalForm.publicRegister(register));
    }

    public String inspectorsSha256() {
        return CanonicalForm.sha256Hex(CanonicalForm.inspectors(inspectors));
    }

    /** The hash over all inputs: algorithm, seed, parameters and the hashes of register and inspector pool. */
    public String inputsSha256() {
        return CanonicalForm.sha256Hex(CanonicalForm.inputs(this));
    }
}
