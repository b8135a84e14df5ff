package cn.chuanyu.metrology.disclosure;

import cn.chuanyu.metrology.calendar.DeadlineWindow;
import org.springframework.stereotype.Component;

/** The time allowed to publish a result (公示期限) as a window the calendar must cover. */
@Component
class DisclosureWindow implements DeadlineWindow {

    private final DisclosureSettings settings;

    DisclosureWindow(DisclosureSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "结果公示期限 (publication of results)";
    }

    @Override
    public int workingDays() {
        return settings.publishWithinWorkingDays();
    }
}
