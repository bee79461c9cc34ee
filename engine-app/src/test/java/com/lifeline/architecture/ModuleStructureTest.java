package com.lifeline.architecture;

import com.lifeline.LifelineApplication;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Features depend one way on the shared kernel (docs/architecture.md). Reads the compiled classes
 * only, no Spring context. The fixtures under {@code architecture.fixtures} prove each rule can fail.
 */
class ModuleStructureTest {

    private static final String FIXTURES = "com.lifeline.architecture.fixtures.";

    @Test
    void featuresDependOneWayOnTheKernel() {
        ApplicationModules modules = ApplicationModules.of(LifelineApplication.class);

        ModuleRules.verify(modules);

        assertThat(modules.stream().map(m -> m.getName())).contains("customer", "entry", "web");
        // the module diagrams (PlantUML) for whoever wants the full picture: target/spring-modulith-docs
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    @Test
    void aCycleFails() {
        assertThatThrownBy(() -> ModuleRules.verify(fixture("cycle")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("first").hasMessageContaining("second");
    }

    @Test
    void aFeatureUsingAFeatureItDoesNotListFails() {
        assertThatThrownBy(() -> ModuleRules.verify(fixture("undeclared")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Module 'orders' depends on module 'billing'");
    }

    @Test
    void aKernelModuleUsingAFeatureFails() {
        assertThatThrownBy(() -> ModuleRules.verify(fixture("kerneluse")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Kernel module 'store' uses feature 'pages'");
    }

    @Test
    void aModuleWithoutADeclarationFails() {
        assertThatThrownBy(() -> ModuleRules.verify(fixture("undeclared")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Module 'shipping' is neither @Kernel nor lists what it uses");
    }

    @Test
    void wellFormedFixturesPass() {
        ModuleRules.verify(fixture("valid"));
    }

    /** The fixtures are test classes: import them, which the real check never does. */
    private static ApplicationModules fixture(String name) {
        return ApplicationModules.of(FIXTURES + name, location -> true);
    }
}
