package cn.chuanyu.metrology.registry.imports;

import cn.chuanyu.metrology.registry.BulkLoad;
import cn.chuanyu.metrology.registry.PartyDraft;
import cn.chuanyu.metrology.registry.PartyRules;
import cn.chuanyu.metrology.registry.ReferenceData;
import cn.chuanyu.metrology.registry.StaffDraft;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** The row formats of the two imports, with today's reference data and the batch writer. */
@Component
class RowFormats {

    private final ReferenceData referenceData;
    private final BulkLoad bulkLoad;

    RowFormats(ReferenceData referenceData, BulkLoad bulkLoad) {
        this.referenceData = referenceData;
        this.bulkLoad = bulkLoad;
    }

    RowFormat<?> of(ImportKind kind) {
        return kind == ImportKind.PARTIES ? parties() : staff();
    }

    RowFormat<PartyDraft> parties() {
        PartyCsv csv = new PartyCsv(new PartyRules(referenceData.codes()));
        return new RowFormat<>() {
            public List<String> columns() { return PartyCsv.COLUMNS; }
            public List<String> required() { return PartyCsv.REQUIRED; }
            public ParsedRow<PartyDraft> read(Cells cells) { return csv.read(cells); }
            public String keyColumn() { return "credit_code"; }
            public String key(PartyDraft party) { return party.creditCode(); }
            public Set<String> taken(List<String> keys) { return bulkLoad.registeredCreditCodes(keys); }
            public void insert(List<PartyDraft> parties) { bulkLoad.insertParties(parties); }
        };
    }

    RowFormat<StaffDraft> staff() {
        StaffCsv csv = new StaffCsv(referenceData.codes());
        return new RowFormat<>() {
            public List<String> columns() { return StaffCsv.COLUMNS; }
            public List<String> required() { return StaffCsv.REQUIRED; }
            public ParsedRow<StaffDraft> read(Cells cells) { return csv.read(cells); }
            public String keyColumn() { return "staff_no"; }
            public String key(StaffDraft staff) { return staff.staffNo(); }
            public Set<String> taken(List<String> keys) { return bulkLoad.usedStaffNumbers(keys); }
            public void insert(List<StaffDraft> staff) { bulkLoad.insertStaff(staff); }
        };
    }
}
