package cn.chuanyu.metrology.notification;

/**
 * A notice a process step asks for. (processInstanceId, step, kind) is its unique key: asking twice is a no-op.
 *
 * @param subjectType what the notice is about, e.g. {@code INSPECTION}
 * @param subjectId   the id of that record
 */
public record NoticeRequest(String processInstanceId, String step, NoticeKind kind, long partyId,
                            String subjectType, long subjectId) {
}
