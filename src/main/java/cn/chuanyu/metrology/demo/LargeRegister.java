package cn.chuanyu.metrology.demo;

import cn.chuanyu.metrology.registry.BulkLoad;
import cn.chuanyu.metrology.registry.PartyDraft;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.ReferenceData;
import cn.chuanyu.metrology.registry.StaffDraft;
import cn.chuanyu.metrology.registry.StaffRole;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a large fictional register for benchmarks (e.g. 100,000 parties and 500 inspectors) with JDBC batches
 * of a thousand rows. Every fifth party is an authorised body; codes are valid and distinct for one seed, and
 * two different seeds practically never collide.
 */
@Component
public class LargeRegister {

    private static final int BATCH = 1000;

    private final BulkLoad bulkLoad;
    private final ReferenceData referenceData;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LargeRegister(BulkLoad bulkLoad, ReferenceData referenceData, TransactionTemplate transaction, Clock clock) {
        this.bulkLoad = bulkLoad;
        this.referenceData = referenceData;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What was written and how long it took. */
    public record Written(int parties, int inspectors, Duration took) {
    }

    /** Writes the given numbers of parties and inspectors (half in each province), one batch per transaction. */
    public Written write(int parties, int inspectors, long seed) {
        long start = System.nanoTime();
        RegisterGenerator generator = generator(seed);
        for (int first = 0; first < parties; first += BATCH) {
            List<PartyDraft> batch = new ArrayList<>(BATCH);
            for (int n = first; n < Math.min(parties, first + BATCH); n++) {
                batch.add(generator.party(n, kind(n)));
            }
            transaction.executeWithoutResult(status -> bulkLoad.insertParties(batch));
        }
        String tag = "L" + Long.toString(Math.floorMod(seed, 36L * 36 * 36 * 36 * 36), 36).toUpperCase() + "-";
        List<StaffDraft> staff = new ArrayList<>();
        for (int n = 0; n < inspectors; n++) {
            staff.add(generator.staff(tag + n, StaffRole.INSPECTOR, n % 2 == 0 ? "SC" : "CQ", n, List.of()));
        }
        transaction.executeWithoutResult(status -> bulkLoad.insertStaff(staff));
        return new Written(parties, inspectors, Duration.ofNanos(System.nanoTime() - start));
    }

    static PartyKind kind(int n) {
        return n % 5 == 0 ? PartyKind.AUTHORISED_BODY : PartyKind.INSTRUMENT_MAKER;
    }

    RegisterGenerator generator(long seed) {
        return new RegisterGenerator(seed, LocalDate.now(clock), referenceData.regions(null),
                referenceData.categories().stream().map(ReferenceData.Category::code).toList());
    }
}
