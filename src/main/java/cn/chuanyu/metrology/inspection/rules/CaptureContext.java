package cn.chuanyu.metrology.inspection.rules;

import cn.chuanyu.metrology.kernel.FieldProblem;

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
    public List<FieldProblem> check(Instant now) {
        List<FieldProblem> violations = new ArrayList<>();
        if (capturedAt != null && capturedAt.isAfter(now.plus(CLOCK_SKEW))) {
            violations.add(FieldProblem.of("capturedAt", "problem.notInFuture"));
        }
        if ((latitude == null) != (longitude == null)) {
            violations.add(FieldProblem.of(latitude == null ? "latitude" : "longitude",
                    "problem.capture.positionPair"));
        }
        if (latitude != null && (latitude.isNaN() || latitude < -90 || latitude > 90)) {
            violations.add(FieldProblem.of("latitude", "problem.between", -90, 90));
        }
        if (longitude != null && (longitude.isNaN() || longitude < -180 || longitude > 180)) {
            violations.add(FieldProblem.of("longitude", "problem.between", -180, 180));
        }
        if (accuracyMetres != null && (accuracyMetres.isNaN() || accuracyMetres < 0)) {
            violations.add(FieldProblem.of("accuracy", "problem.atLeast", 0));
        }
        return violations;
    }
}
