package cn.chuanyu.metrology.planning.web;

import cn.chuanyu.metrology.planning.DrawDocument;
import cn.chuanyu.metrology.planning.DrawVerification;
import cn.chuanyu.metrology.planning.Draws;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The draw record of a campaign: published to everyone without an account (every input and output, commitments
 * from the start), the same record for the staff who see the campaign, and its verification.
 */
@RestController
class DrawController {

    private final Draws draws;

    DrawController(Draws draws) {
        this.draws = draws;
    }

    @GetMapping("/api/campaigns/{id}/draw")
    DrawDocument record(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return draws.record(id, user);
    }

    @RequestMapping(path = "/api/campaigns/{id}/draw/verify", method = {RequestMethod.GET, RequestMethod.POST})
    DrawVerification verify(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return draws.verify(id, user);
    }

    @GetMapping("/api/public/draws/{id}")
    DrawDocument publicRecord(@PathVariable long id) {
        return draws.publicRecord(id);
    }
}
