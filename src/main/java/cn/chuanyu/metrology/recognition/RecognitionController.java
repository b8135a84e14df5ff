package cn.chuanyu.metrology.recognition;

import cn.chuanyu.metrology.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Recognition requests over HTTP: raise one, list and read the own province's (sent or received), decide one, and
 * close the review of a withdrawn one. Deciding and reviewing complete the process's user task.
 */
@RestController
@RequestMapping("/api/recognitions")
class RecognitionController {

    private final Recognitions recognitions;

    RecognitionController(Recognitions recognitions) {
        this.recognitions = recognitions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RecognitionView request(@Valid @RequestBody RecognitionRequest request, @AuthenticationPrincipal CurrentUser user) {
        return recognitions.find(recognitions.request(request, user), user);
    }

    @GetMapping
    List<RecognitionView> list(@AuthenticationPrincipal CurrentUser user) {
        return recognitions.list(user);
    }

    @GetMapping("/{id}")
    RecognitionView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return recognitions.find(id, user);
    }

    @PostMapping("/{id}/decision")
    RecognitionView decide(@PathVariable long id, @Valid @RequestBody DecisionRequest request,
                           @AuthenticationPrincipal CurrentUser user) {
        return recognitions.decide(id, request.decision(), request.reason(), user);
    }

    @PostMapping("/{id}/withdrawal-review")
    RecognitionView review(@PathVariable long id, @Valid @RequestBody ReviewRequest request,
                           @AuthenticationPrincipal CurrentUser user) {
        return recognitions.reviewWithdrawal(id, request.note(), user);
    }

    /** Accept, accept in part, or refuse (a refusal gives its reason). */
    record DecisionRequest(@NotNull Decision decision, @Size(max = 1000) String reason) {
    }

    /** What the reviewing supervisor concluded about the withdrawn recognition. */
    record ReviewRequest(@NotNull @Size(min = 1, max = 1000) String note) {
    }
}
