package cn.chuanyu.metrology.system;

import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;

/**
 * Camunda's Spring job executor that, when this node creates a job, also has the other nodes woken
 * ({@link JobWakeUps}), instead of leaving them to find it when their acquisition next wakes.
 */
class WakingJobExecutor extends SpringJobExecutor {

    private volatile Runnable announce = () -> {
    };

    void announceWith(Runnable announce) {
        this.announce = announce;
    }

    /** The engine calls this after committing a transaction that created a job this node may run now. */
    @Override
    public void jobWasAdded() {
        super.jobWasAdded();
        announce.run();
    }

    /** Wakes this node's acquisition for a job another node created, without announcing it again. */
    void wakeUp() {
        super.jobWasAdded();
    }
}
