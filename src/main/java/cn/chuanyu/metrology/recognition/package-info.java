/**
 * Mutual recognition (结果互认): one province accepts the other's approved inspection result for a party instead of
 * inspecting again, decided in the {@code Recognition} process by the receiving province's supervisors. Other
 * modules read recognitions in force through {@link cn.chuanyu.metrology.recognition.Recognitions}.
 */
@ApplicationModule(allowedDependencies = {"kernel", "audit", "inspection", "notification", "registry", "security"})
package cn.chuanyu.metrology.recognition;

import org.springframework.modulith.ApplicationModule;
