package cn.chuanyu.metrology.demo;

import com.icegreen.greenmail.util.GreenMail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The demo mailbox: every mail the local run's embedded mail server received (notices to businesses with their
 * answer links, mails to staff), readable without an account, so a newcomer can play the business too. Exists
 * only in the demo run; with a real mail server (SPRING_MAIL_HOST) there is nothing to show and it answers 404.
 */
@Controller
@ConditionalOnProperty(prefix = "chuanyu.demo", name = "enabled", havingValue = "true")
class DemoMailPage {

    static final String PATH = "/demo/mail";
    private static final int NEWEST = 200;

    private final ObjectProvider<GreenMail> embeddedMail;

    DemoMailPage(ObjectProvider<GreenMail> embeddedMail) {
        this.embeddedMail = embeddedMail;
    }

    @GetMapping(PATH)
    String mail(Model model) {
        GreenMail greenMail = embeddedMail.getIfAvailable();
        if (greenMail == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No embedded mail server: mail left this machine");
        }
        model.addAttribute("mails", DemoMailbox.read(greenMail.getReceivedMessages(), NEWEST));
        return "demo/mail";
    }
}
