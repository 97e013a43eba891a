package se.styrledger.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import se.styrledger.events.Decision;
import se.styrledger.platform.eventstore.AxonTables;
import se.styrledger.platform.web.LedgerException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries, enforced: the query side reads events, never command-side state; the two sides meet only in
 * the web UI and in the assembly. Within them: no package cycles, a domain that knows nothing of HTTP, settings read
 * through records (projections: ProjectionVisibilityTest in query-side, which sees the query side's own tests).
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

    /**
     * The events are plain Java records that every module and the verifier read (ADR 0134): no side, no platform, no
     * Spring, no database, and of Axon only {@code @Revision}, which ADR 0097 lets an event carry. Read from the
     * module's own classes: tests elsewhere keep example events and their upcasters in the same package.
     */
    @Test
    void sharedEventsArePlainJava() {
        JavaClasses sharedEvents = new ClassFileImporter().importLocations(Set.of(Location.of(
                Decision.class.getProtectionDomain().getCodeSource().getLocation())));
        assertThat(sharedEvents).as("the classes of shared-events").hasSizeGreaterThan(50);
        classes().that().resideInAPackage("se.styrledger.events..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("se.styrledger.events..", "java.lang..",
                        "java.util..", "java.time..", "java.math..")
                        .or(name("org.axonframework.serialization.Revision")))
                .check(sharedEvents);
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

    /** A cycle makes two packages one in all but name: neither can change or be understood without the other. */
    @Test
    void noPackageCycles() {
        slices().matching("se.styrledger.(**)").should().beFreeOfCycles().check(classes);
    }

    /**
     * An aggregate decides; it refuses with a {@link LedgerException.Kind} and leaves the HTTP status to the problem
     * handler (ADR 0130). Nothing of the web may creep into it, not even the rest of the platform's web package.
     */
    @Test
    void aggregatesKnowNothingOfHttp() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().dependOnClassesThat(resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..", "jakarta.servlet..")
                        .or(resideInAPackage("se.styrledger.platform.web")
                                .and(DescribedPredicate.not(assignableTo(LedgerException.class)))))
                .check(classes);
    }

    /**
     * The command side's domain (aggregates, command handlers, rules, lookups) decides without HTTP. Only its web
     * adapters touch the web: the controllers with their nested request types, and {@code CommandExecutor}, which
     * turns a command's outcome into the controller's response.
     */
    @Test
    void theCommandSidesDomainKnowsNothingOfHttp() {
        DescribedPredicate<JavaClass> controller = DescribedPredicate.describe("a controller", (JavaClass c) ->
                c.isAnnotatedWith(Controller.class) || c.isMetaAnnotatedWith(Controller.class)
                        || c.isAnnotatedWith(ControllerAdvice.class) || c.isMetaAnnotatedWith(ControllerAdvice.class));
        DescribedPredicate<JavaClass> webAdapter = controller
                .or(DescribedPredicate.describe("nested in a controller", (JavaClass c) -> c.getEnclosingClass()
                        .map(controller::test).orElse(false)))
                .or(name("se.styrledger.command.support.CommandExecutor"));
        noClasses().that().resideInAPackage("se.styrledger.command..").and(DescribedPredicate.not(webAdapter))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..", "jakarta.servlet..")
                .check(classes);
    }

    /**
     * A setting is read through its prefix's record, where its default and its check live, never with {@code @Value}
     * beside the code that uses it (ADR 0136, 0200).
     */
    @Test
    void settingsAreBoundByRecordsNotByValue() {
        List<String> offenders = new ArrayList<>();
        for (JavaClass javaClass : classes) {
            javaClass.getFields().stream().filter(field -> field.isAnnotatedWith(Value.class))
                    .forEach(field -> offenders.add(field.getFullName()));
            javaClass.getCodeUnits().forEach(unit -> unit.getParameters().stream()
                    .filter(parameter -> parameter.isAnnotatedWith(Value.class))
                    .forEach(parameter -> offenders.add(unit.getFullName())));
        }
        assertThat(offenders).as("settings read with @Value").isEmpty();
    }

    /**
     * Axon's tables (events, tokens, dead letters) are read with SQL in one place, {@code AxonTables} (ADR 0133). A
     * table name in a class's constant pool is SQL on it: comments never reach the class file. The sealer keeps its
     * own append-side SQL and the verifier its own reading, on purpose (they check what the store holds).
     */
    @Test
    void onlyAxonTablesReadsAxonsTables() {
        List<String> offenders = new ArrayList<>();
        for (JavaClass javaClass : classes) {
            if (javaClass.getPackageName().equals("se.styrledger.platform.eventstore")
                    || javaClass.getPackageName().startsWith("se.styrledger.platform.sealing")
                    || javaClass.getPackageName().startsWith("se.styrledger.verifier")) {
                continue;
            }
            String constants = classFile(javaClass);
            AxonTables.NAMES.stream().filter(constants::contains)
                    .forEach(table -> offenders.add(javaClass.getName() + " names " + table));
        }
        assertThat(offenders).as("SQL on Axon's tables outside AxonTables").isEmpty();
    }

    private static String classFile(JavaClass javaClass) {
        URI location = javaClass.getSource().orElseThrow().getUri();
        try (InputStream in = location.toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
