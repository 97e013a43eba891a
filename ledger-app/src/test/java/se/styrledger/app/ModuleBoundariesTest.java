package se.styrledger.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module boundaries, enforced: the query side reads events, never command-side state; the two sides meet only in
 * the web UI and in the assembly.
 */
class ModuleBoundariesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.styrledger");

    @Test
    void theQuerySideNeverUsesTheCommandSide() {
        noClasses().that().resideInAPackage("se.styrledger.query..")
                .should().dependOnClassesThat().resideInAPackage("se.styrledger.command..")
                .check(classes);
    }

    @Test
    void theCommandSideNeverUsesTheQuerySide() {
        noClasses().that().resideInAPackage("se.styrledger.command..")
                .should().dependOnClassesThat().resideInAPackage("se.styrledger.query..")
                .check(classes);
    }

    @Test
    void sharedEventsUseNeitherSideNorThePlatform() {
        noClasses().that().resideInAPackage("se.styrledger.events..")
                .should().dependOnClassesThat().resideInAnyPackage("se.styrledger.command..", "se.styrledger.query..",
                        "se.styrledger.platform..", "org.springframework..", "java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void thePlatformKnowsNoSide() {
        noClasses().that().resideInAPackage("se.styrledger.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("se.styrledger.command..", "se.styrledger.query..")
                .check(classes);
    }

    @Test
    void onlyTheAssemblyUsesTheWebUi() {
        noClasses().that().resideOutsideOfPackages("se.styrledger.web..", "se.styrledger.app..")
                .should().dependOnClassesThat().resideInAPackage("se.styrledger.web..")
                .check(classes);
    }

    /** Pages read through the same query services as the API: no second way to read the tables. */
    @Test
    void theWebUiReadsNoTableItself() {
        noClasses().that().resideInAPackage("se.styrledger.web..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                        "org.springframework.jdbc..")
                .check(classes);
    }
}
