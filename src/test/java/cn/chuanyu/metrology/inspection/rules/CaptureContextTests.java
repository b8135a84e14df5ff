package cn.chuanyu.metrology.inspection.rules;

import cn.chuanyu.metrology.kernel.FieldProblem;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CaptureContextTests {

    static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");

    @Test
    void aPhotoTakenJustNowWithAPositionIsTakenAndNothingAtAllToo() {
        assertThat(new CaptureContext(NOW.minusSeconds(30), 30.6, 104.0, 12.0).check(NOW)).isEmpty();
        assertThat(CaptureContext.NONE.check(NOW)).isEmpty();
    }

    @Test
    void aFutureTimeHalfAPositionAndOutOfRangeValuesAreNamed() {
        assertThat(new CaptureContext(NOW.plusSeconds(3600), null, null, null).check(NOW))
                .extracting(FieldProblem::field).containsExactly("capturedAt");
        assertThat(new CaptureContext(null, 30.6, null, null).check(NOW))
                .extracting(FieldProblem::field).containsExactly("longitude");
        assertThat(new CaptureContext(null, 91.0, 181.0, -1.0).check(NOW))
                .extracting(FieldProblem::field).containsExactly("latitude", "longitude", "accuracy");
    }
}
