package cn.chuanyu.metrology.recognition;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The public register of recognitions in force (互认结果公示), readable without signing in. */
@RestController
class PublicRecognitionController {

    private final Recognitions recognitions;

    PublicRecognitionController(Recognitions recognitions) {
        this.recognitions = recognitions;
    }

    @GetMapping("/api/public/recognitions")
    List<PublicRecognition> register(@RequestParam(name = "q", required = false) String search) {
        return recognitions.publicRegister(search);
    }
}
