package cn.chuanyu.metrology.planning.web;

import cn.chuanyu.metrology.planning.DrawRecord;
import cn.chuanyu.metrology.planning.DrawVerification;
import cn.chuanyu.metrology.planning.Draws;
import cn.chuanyu.metrology.planning.PublicDrawRecord;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The published draw of a campaign: in full for signed-in users, without people for everyone, and its check. */
@RestController
class DrawController {

    private final Draws draws;

    DrawController(Draws draws) {
        this.draws = draws;
    }

    @GetMapping("/api/campaigns/{id}/draw")
    DrawRecord record(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return draws.record(id, user);
    }

    @RequestMapping(path = "/api/campaigns/{id}/draw/verify", method = {
            org.springframework.web.bind.annotation.RequestMethod.GET,
            org.springframework.web.bind.annotation.RequestMethod.POST})
    DrawVerification verify(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return draws.verify(id, user);
    }

    @GetMapping("/api/public/draws/{id}")
    PublicDrawRecord publicRecord(@PathVariable long id) {
        return draws.publicRecord(id);
    }
}
