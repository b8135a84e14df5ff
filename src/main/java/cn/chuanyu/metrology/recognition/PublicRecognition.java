package cn.chuanyu.metrology.recognition;

import java.time.LocalDate;
import java.util.List;

/** A recognition in force as the public register shows it: the business, the scope and the provinces, no people. */
public record PublicRecognition(long id, String partyName, String creditCode, List<String> categories,
                                String fromProvince, String recognisedIn, LocalDate validUntil) {
}
