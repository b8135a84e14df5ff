package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.registry.RegisteredNames;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A recognition in force as the public register shows it: the business, the scope and the provinces, no people. */
public record PublicRecognition(long id, String partyName, String partyNameEn, String creditCode,
                                List<String> categories, String fromProvince, String recognisedIn,
                                LocalDate validUntil) {

    /** The business's name in the reader's language (its English name when it has one and the reader reads English). */
    public String partyNameIn(Locale locale) {
        return RegisteredNames.in(locale, partyName, partyNameEn);
    }
}
