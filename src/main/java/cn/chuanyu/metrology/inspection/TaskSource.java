package cn.chuanyu.metrology.inspection;

import cn.chuanyu.metrology.security.CurrentUser;

import java.util.List;

/**
 * Open user tasks of another module's process (e.g. recognition's decision and withdrawal review) that a user
 * acts on: "my tasks" (page and API) lists them beside the inspection tasks, each linking to where it is done.
 */
public interface TaskSource {

    /** The open tasks the user may act on, oldest first, at most {@code limit}. */
    List<ListedTask> openTasks(CurrentUser user, int limit);
}
