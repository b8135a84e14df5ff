/**
 * The benchmark suite (issue 9): a program, not a test, run by {@code ./mvnw -Pbench verify}. It starts the
 * application and a bare Camunda engine on the same PostgreSQL server and reports each of our figures beside theirs.
 */
package cn.chuanyu.metrology.bench;
