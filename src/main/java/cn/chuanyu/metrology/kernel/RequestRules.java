package cn.chuanyu.metrology.kernel;

import java.util.List;

/**
 * The rules of the domain a request body must follow beyond its fields' own constraints (a known category, a
 * valid check character, dates in order). Declared as a bean by the module that owns them; the API checks them
 * together with the body's types and constraints, so one answer names every wrong field. They must accept a
 * request whose wrong fields are empty (null), and leave those fields to the other checks.
 */
public interface RequestRules<T> {

    Class<T> requestType();

    List<FieldProblem> problems(T request);
}
