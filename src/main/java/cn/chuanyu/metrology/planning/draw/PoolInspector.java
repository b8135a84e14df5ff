package cn.chuanyu.metrology.planning.draw;

import java.time.LocalDate;
import java.util.List;

/**
 * One inspector of the frozen pool: an active inspector of a campaign province whose enforcement certificate
 * (执法证) is valid on the first planned day.
 *
 * @param qualifications        the campaign's categories the inspector is qualified for (ascending)
 * @param certificateValidUntil the last day the enforcement certificate is valid
 */
public record PoolInspector(long inspectorId, String province, List<String> qualifications,
                            LocalDate certificateValidUntil) {

    public PoolInspector {
        qualifications = RegisterLine.sorted(qualifications);
        if (certificateValidUntil == null) {
            throw new IllegalArgumentException("inspector " + inspectorId + " has no enforcement certificate");
        }
    }

    /** Whether the enforcement certificate is valid on the given day (its last day included). */
    public boolean certifiedOn(LocalDate day) {
        return !certificateValidUntil.isBefore(day);
    }
}
