package cn.chuanyu.metrology.planning;

import cn.chuanyu.metrology.recognition.Recognitions;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Set;

/** Lets the draw honour mutual-recognition exemptions by asking the recognition module. */
@Component
class RecognitionExemptionsAdapter implements RecognitionExemptions {

    private final Recognitions recognitions;

    RecognitionExemptionsAdapter(Recognitions recognitions) {
        this.recognitions = recognitions;
    }

    @Override
    public Set<Long> exemptPartyIds(String province, Set<String> categories, LocalDate on) {
        return recognitions.exemptPartyIds(province, categories, on);
    }
}
