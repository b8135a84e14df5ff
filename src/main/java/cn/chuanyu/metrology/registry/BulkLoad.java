package cn.chuanyu.metrology.registry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

/**
 * Writes many parties or staff members at once with JDBC batches, for imports and generated registers. The
 * caller has checked each row (see {@link PartyRules}); this only writes. Joins the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class BulkLoad {

    private final BatchJdbc batch;

    BulkLoad(BatchJdbc batch) {
        this.batch = batch;
    }

    /** Those of the given credit codes that are already registered. */
    public Set<String> registeredCreditCodes(List<String> creditCodes) {
        return Set.copyOf(batch.takenCreditCodes(creditCodes));
    }

    /** Those of the given staff numbers that are already in use. */
    public Set<String> usedStaffNumbers(List<String> staffNumbers) {
        return Set.copyOf(batch.takenStaffNumbers(staffNumbers));
    }

    public void insertParties(List<PartyDraft> parties) {
        if (!parties.isEmpty()) {
            batch.insertParties(parties);
        }
    }

    public void insertStaff(List<StaffDraft> staff) {
        if (!staff.isEmpty()) {
            batch.insertStaff(staff);
        }
    }
}
