package cn.chuanyu.metrology.demo;

import cn.chuanyu.metrology.registry.BulkLoad;
import cn.chuanyu.metrology.registry.PartyDraft;
import cn.chuanyu.metrology.registry.PartyKind;
import cn.chuanyu.metrology.registry.PartyQuery;
import cn.chuanyu.metrology.registry.PartyRegister;
import cn.chuanyu.metrology.registry.PartyRules;
import cn.chuanyu.metrology.registry.PartySummary;
import cn.chuanyu.metrology.registry.ReferenceData;
import cn.chuanyu.metrology.registry.StaffDraft;
import cn.chuanyu.metrology.registry.StaffRegister;
import cn.chuanyu.metrology.registry.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads the fictional demo register and the demo accounts on start when demo data is enabled and no party is
 * registered yet, all in one transaction.
 */
@Component
@ConditionalOnProperty(prefix = "chuanyu.demo", name = "enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final long SEED = 20_240_601L;
    static final int AUTHORISED_BODIES = 64;
    static final int MAKERS = 256;
    static final int INSPECTORS_PER_PROVINCE = 20;
    static final int SUPERVISORS_PER_PROVINCE = 4;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final PartyRegister parties;
    private final StaffRegister staff;
    private final BulkLoad bulkLoad;
    private final ReferenceData referenceData;
    private final DemoAccountsLoader accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoDataLoader(PartyRegister parties, StaffRegister staff, BulkLoad bulkLoad, ReferenceData referenceData,
                   DemoAccountsLoader accounts, TransactionTemplate transaction, Clock clock) {
        this.parties = parties;
        this.staff = staff;
        this.bulkLoad = bulkLoad;
        this.referenceData = referenceData;
        this.accounts = accounts;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            load();
        } catch (DuplicateKeyException e) {
            // several nodes started on the same empty database: another one loaded the demo data first
            log.info("Demo data was loaded by another node meanwhile");
        }
    }

    private void load() {
        transaction.executeWithoutResult(status -> {
            if (parties.find(new PartyQuery(null, null, null, null, PartyQuery.SortField.ID, false, 0, 1))
                    .totalElements() > 0) {
                log.info("Parties are registered already: no demo data loaded");
                return;
            }
            RegisterGenerator generator = new RegisterGenerator(SEED, LocalDate.now(clock),
                    referenceData.regions(null),
                    referenceData.categories().stream().map(ReferenceData.Category::code).toList());
            Map<Integer, Long> partyIds = loadParties(generator);
            Map<String, Long> staffIds = loadStaff(generator, partyIds);
            accounts.create(staffIds);
            log.info("Demo data loaded: {} parties, {} staff, {} accounts", partyIds.size(), staffIds.size(),
                    DemoAccounts.USERNAMES.size());
        });
    }

    private Map<Integer, Long> loadParties(RegisterGenerator generator) {
        PartyRules rules = new PartyRules(referenceData.codes());
        List<PartyDraft> drafts = new ArrayList<>();
        for (int n = 0; n < AUTHORISED_BODIES + MAKERS; n++) {
            PartyKind kind = n < AUTHORISED_BODIES ? PartyKind.AUTHORISED_BODY : PartyKind.INSTRUMENT_MAKER;
            PartyDraft draft = generator.party(n, kind);
            if (!rules.check(draft).isEmpty()) {
                throw new IllegalStateException("demo party " + n + " breaks the rules: " + rules.check(draft));
            }
            drafts.add(draft);
        }
        bulkLoad.insertParties(drafts);
        Map<String, Long> idsByCode = parties.find(new PartyQuery(null, null, null, null, PartyQuery.SortField.ID,
                        false, 0, drafts.size())).content().stream()
                .collect(Collectors.toMap(PartySummary::creditCode, PartySummary::id));
        Map<Integer, Long> ids = new HashMap<>();
        for (int n = 0; n < drafts.size(); n++) {
            ids.put(n, idsByCode.get(drafts.get(n).creditCode()));
        }
        return ids;
    }

    private Map<String, Long> loadStaff(RegisterGenerator generator, Map<Integer, Long> partyIds) {
        Map<String, Long> ids = new HashMap<>();
        int n = 0;
        for (String province : List.of("SC", "CQ")) {
            int firstPartyOfProvince = province.equals("SC") ? 0 : 1;
            for (int i = 1; i <= INSPECTORS_PER_PROVINCE + SUPERVISORS_PER_PROVINCE; i++) {
                boolean inspector = i <= INSPECTORS_PER_PROVINCE;
                String staffNo = province + (inspector ? "-I-" : "-S-")
                        + String.format("%03d", inspector ? i : i - INSPECTORS_PER_PROVINCE);
                // a few declare a conflict of interest (回避) with a party of their province
                List<StaffDraft.Conflict> conflicts = i % 7 == 3
                        ? List.of(new StaffDraft.Conflict(partyIds.get(firstPartyOfProvince + 2 * (i + 70)),
                        "曾在该单位任职（演示）"))
                        : List.of();
                StaffDraft draft = generator.staff(staffNo, inspector ? StaffRole.INSPECTOR : StaffRole.SUPERVISOR,
                        province, n++, conflicts);
                ids.put(staffNo, staff.register(draft));
            }
        }
        return ids;
    }
}
