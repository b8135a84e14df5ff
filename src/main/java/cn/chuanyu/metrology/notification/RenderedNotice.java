package cn.chuanyu.metrology.notification;

import java.util.List;

/** A notice written out: recipients, language, subject, plain text and HTML, and its stable Message-ID. */
record RenderedNotice(List<String> recipients, String language, String subject, String text, String html,
                      String messageId) {
}
