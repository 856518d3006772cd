package org.anlan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** One top-level package per capability; a forbidden dependency between modules fails the build. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(AnlanApplication.class);

    @Test
    void modulesDependOnlyOnWhatTheyDeclare() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
