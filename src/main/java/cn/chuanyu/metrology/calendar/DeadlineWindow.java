package cn.chuanyu.metrology.calendar;

/**
 * A deadline some module counts in working days (rectification, publication of results): the calendar must
 * cover today plus the longest of them, or deadlines come out provisional.
 */
public interface DeadlineWindow {

    /** What the window is for, in words an administrator reads in the warning (e.g. {@code 整改期限}). */
    String name();

    int workingDays();
}
