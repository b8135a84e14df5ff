package cn.chuanyu.metrology.inspection.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When and where a photo was taken, as the on-site page read it from the device: the moment the camera returned it
 * and, when the device allowed, its position. Each part may be missing; a position is a pair.
 */
public record CaptureContext(Instant capturedAt, Double latitude, Double longitude, Double accuracyMetres) {

    /** How far ahead of the server's clock a device's clock may run. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    public static final CaptureContext NONE = new CaptureContext(null, null, null, null);

    public boolean located() {
        return latitude != null && longitude != null;
    }

    /** What is wrong with the stated context, naming the form fields. */
    public List<Violation> check(Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (capturedAt != null && capturedAt.isAfter(now.plus(CLOCK_SKEW))) {
            violations.add(new Violation("capturedAt", "must not be in the future"));
        }
        if ((latitude == null) != (longitude == null)) {
            violations.add(new Violation(latitude == null ? "latitude" : "longitude",
                    "a position needs both latitude and longitude"));
        }
        if (latitude != null && (latitude.isNaN() || latitude < -90 || latitude > 90)) {
            violations.add(new Violation("latitude", "must be between -90 and 90"));
        }
        if (longitude != null && (longitude.isNaN() || longitude < -180 || longitude > 180)) {
            violations.add(new Violation("longitude", "must be between -180 and 180"));
        }
        if (accuracyMetres != null && (accuracyMetres.isNaN() || accuracyMetres < 0)) {
            violations.add(new Violation("accuracy", "must not be negative"));
        }
        return violations;
    }
}
