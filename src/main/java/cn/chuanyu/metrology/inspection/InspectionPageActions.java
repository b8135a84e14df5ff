package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.inspection.rules.CaptureContext;
import cn.chuanyu.metrology.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** What the inspection pages change, each in one transaction: nothing half-written when a file is refused. */
@Service
@Transactional
class InspectionPageActions {

    private final InspectionWork work;
    private final TaskActions tasks;

    InspectionPageActions(InspectionWork work, TaskActions tasks) {
        this.work = work;
        this.tasks = tasks;
    }

    /** Records a finding and, when a file came with it, its evidence; a refused file records neither. */
    long recordFinding(long inspectionId, Views.NewFinding finding, MultipartFile file, CaptureContext context,
                       CurrentUser user) {
        long findingId = work.addFinding(inspectionId, finding, user);
        if (file != null && !file.isEmpty()) {
            work.addFindingEvidence(inspectionId, findingId, file, context, user);
        }
        return findingId;
    }

    void complete(String taskId, Views.Completion completion, CurrentUser user) {
        tasks.complete(taskId, completion, user);
    }
}
