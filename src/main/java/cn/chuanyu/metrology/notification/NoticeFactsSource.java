package cn.chuanyu.metrology.notification;

import java.util.List;

/**
 * Implemented by a module whose records notices are about (e.g. recognition for {@code RECOGNITION}): the facts
 * a notice shows, read when the notice is written. Without a source the notice stays generic.
 */
public interface NoticeFactsSource {

    /** The {@link NoticeRequest#subjectType()} this source describes. */
    String subjectType();

    /** The facts of one record, labels and values in {@code language} ({@code zh-CN} or {@code en}). */
    List<NoticeFact> facts(long subjectId, String language);
}
