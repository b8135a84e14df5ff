package cn.chuanyu.metrology.planning.draw.v1;

import java.util.List;

/** One active inspector in the pool frozen at draw time, with the categories they are qualified for (sorted). */
public record InspectorEntry(long inspectorId, String province, List<String> qualifications) {

    public InspectorEntry {
        qualifications = List.copyOf(qualifications);
    }
}
