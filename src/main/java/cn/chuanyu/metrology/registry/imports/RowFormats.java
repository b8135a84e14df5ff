package cn.chuanyu.metrology.registry.imports;

import cn.chuanyu.metrology.registry.BulkLoad;
import cn.chuanyu.metrology.registry.PartyDraft;
import cn.chuanyu.metrology.registry.PartyRules;
import cn.chuanyu.metrology.registry.ReferenceData;
import cn.chuanyu.metrology.registry.StaffDraft;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** The row formats of the two imports, with the current reference data and the batch writer. */
@Component
class RowFormats {

    /** Import reports are written in English, like the reasons of the cells themselves. */
    private static final Locale REPORT_LANGUAGE = Locale.ENGLISH;

    private final ReferenceData referenceData;
    private final BulkLoad bulkLoad;
    private final MessageSource messages;

    RowFormats(ReferenceData referenceData, BulkLoad bulkLoad, MessageSource messages) {
        this.referenceData = referenceData;
        this.bulkLoad = bulkLoad;
        this.messages = messages;
    }

    RowFormat<?> of(ImportKind kind) {
        return kind == ImportKind.PARTIES ? parties() : staff();
    }

    private RowFormat<PartyDraft> parties() {
        PartyCsv csv = new PartyCsv(new PartyRules(referenceData.codes()),
                reason -> messages.getMessage(reason, REPORT_LANGUAGE));
        return new RowFormat<>(PartyCsv.COLUMNS, PartyCsv.REQUIRED, csv::read, "credit_code", PartyDraft::creditCode,
                bulkLoad::registeredCreditCodes, bulkLoad::insertParties);
    }

    private RowFormat<StaffDraft> staff() {
        StaffCsv csv = new StaffCsv(referenceData.codes(), reason -> messages.getMessage(reason, REPORT_LANGUAGE));
        return new RowFormat<>(StaffCsv.COLUMNS, StaffCsv.REQUIRED, csv::read, "staff_no", StaffDraft::staffNo,
                bulkLoad::usedStaffNumbers, bulkLoad::insertStaff);
    }
}
