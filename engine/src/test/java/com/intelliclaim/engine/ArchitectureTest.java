package com.intelliclaim.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The engine is a plain library: no JavaFX, and the store and indexes do not reach up into retrieval or ingest. */
class ArchitectureTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.intelliclaim.engine");

    @Test
    void engineNeverTouchesJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..").check(ENGINE);
    }

    @Test
    void storeDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("..engine.store..")
                .should().dependOnClassesThat().resideInAnyPackage("..engine.retrieve..", "..engine.ingest",
                        "..engine.index..")
                .check(ENGINE);
    }

    @Test
    void parsersAndChunkersStandAlone() {
        noClasses().that().resideInAnyPackage("..engine.ingest.parse..", "..engine.ingest.chunk..")
                .should().dependOnClassesThat().resideInAnyPackage("..engine.store..", "..engine.index..",
                        "..engine.retrieve..", "..engine.embed..")
                .check(ENGINE);
    }
}
