package com.lifeline.architecture;

import com.lifeline.kernel.Kernel;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import java.util.ArrayList;
import java.util.List;

/**
 * The package rules: Spring Modulith's (no cycles, a feature uses only the modules it lists in
 * {@code @ApplicationModule(allowedDependencies)}, no module reaches into another's sub-packages), and
 * ours on top: a {@link Kernel} module uses kernel modules only, and every feature lists what it uses.
 */
final class ModuleRules {

    private ModuleRules() {
    }

    /** Throws an AssertionError naming every broken rule. */
    static void verify(ApplicationModules modules) {
        List<String> problems = new ArrayList<>(modules.detectViolations().getMessages());
        for (var module : modules) {
            if (isKernel(module)) {
                module.getDirectDependencies(modules).uniqueModules().filter(used -> !isKernel(used))
                        .forEach(feature -> problems.add("Kernel module '" + module.getName() + "' uses feature '"
                                + feature.getName() + "': move the shared part into the kernel, or the rest into a feature"));
            } else if (!declaresDependencies(module)) {
                problems.add("Module '" + module.getName() + "' is neither @Kernel nor lists what it uses in its"
                        + " package-info.java: @ApplicationModule(allowedDependencies = {...})");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    private static boolean isKernel(org.springframework.modulith.core.ApplicationModule module) {
        return module.getBasePackage().getAnnotation(Kernel.class).isPresent();
    }

    private static boolean declaresDependencies(org.springframework.modulith.core.ApplicationModule module) {
        return module.getBasePackage().getAnnotation(ApplicationModule.class)
                .filter(declared -> !List.of(declared.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN))
                .isPresent();
    }
}
