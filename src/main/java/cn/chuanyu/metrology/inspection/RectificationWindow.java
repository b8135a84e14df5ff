package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.calendar.DeadlineWindow;
import org.springframework.stereotype.Component;

/** The rectification deadline (整改期限) as a window the calendar must cover. */
@Component
class RectificationWindow implements DeadlineWindow {

    private final InspectionSettings settings;

    RectificationWindow(InspectionSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "整改期限 (rectification deadline)";
    }

    @Override
    public int workingDays() {
        return settings.rectificationWorkingDays();
    }
}
