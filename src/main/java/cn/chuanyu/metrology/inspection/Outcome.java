package cn.chuanyu.metrology.inspection;

/** The result of an inspection (检查结论): pass, pass with rectification (限期整改), or fail and refer (移送立案). */
public enum Outcome {
    PASS, RECTIFY, FAIL
}
