package cn.chuanyu.metrology.inspection.policies;

import cn.chuanyu.metrology.kernel.Message;

/**
 * A finding a policy proposes: the checklist item and severity it would have, and what it says (worded in the
 * inspector's language when shown). Its key (policy and subject) identifies it once confirmed.
 */
public record ProposedFinding(String policy, String subject, String checklistItem, String severity,
                              Message description) {

    public String key() {
        return policy + ":" + subject;
    }
}
