package com.lifeline.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a package-info: the package belongs to the shared kernel, which features build on. A kernel
 * package may use other kernel packages only, never a feature; a feature lists what it uses in
 * {@code @ApplicationModule(allowedDependencies = ...)}. ModuleStructureTest checks both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface Kernel {
}
