/**
 * The shared kernel every module may use and that uses no module of ours: the one error model. A refusal is a
 * {@link cn.chuanyu.metrology.kernel.RefusedException} of one of a few kinds (not found, forbidden, conflict,
 * invalid input, unacceptable content), its words a {@link cn.chuanyu.metrology.kernel.Message} (a code of
 * {@code messages*.properties} and its arguments) so that every reader gets them in their own language.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package cn.chuanyu.metrology.kernel;

import org.springframework.modulith.ApplicationModule;
