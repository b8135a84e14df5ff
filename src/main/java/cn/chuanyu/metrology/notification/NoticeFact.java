package cn.chuanyu.metrology.notification;

/** One line of a notice whose subject another module describes: a label and its value, in the notice's language. */
public record NoticeFact(String label, String value) {
}
