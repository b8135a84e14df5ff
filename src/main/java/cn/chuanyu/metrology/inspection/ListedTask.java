package cn.chuanyu.metrology.inspection;

import java.time.Instant;

/**
 * A task of another module as "my tasks" lists it: its kind (e.g. {@code RECOGNITION_WITHDRAWAL_REVIEW}), what it
 * is about ({@code subjectType} and {@code subjectId}), a title, and the page and API address where it is done.
 */
public record ListedTask(String taskId, String kind, String subjectType, long subjectId, String province,
                         String title, Instant createdAt, String page, String api) {
}
