package se.styrledger.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a rebuild relies on: every query-side projection clears its own tables in a {@code @ResetHandler} (its own or
 * the one it inherits from {@code BitemporalProjection}), so that replaying the event store into them gives the same
 * rows again instead of doubling them, and every row cites its event's own position.
 */
class ProjectionContractTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.styrledger.query");

    @Test
    void everyQuerySideProjectionClearsItsTablesWhenReset() {
        List<JavaClass> projections = classes.stream()
                .filter(type -> !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .filter(type -> type.getAllMethods().stream().anyMatch(m -> m.isAnnotatedWith(EventHandler.class)))
                .toList();

        assertThat(projections).extracting(JavaClass::getSimpleName).contains("UnitProjection");
        assertThat(projections).allSatisfy(projection -> assertThat(projection.getAllMethods())
                .as("%s has a @ResetHandler", projection.getName())
                .anyMatch(method -> method.isAnnotatedWith(ResetHandler.class)));
    }

    /**
     * A token's position is the highest index the processor has seen: for an event that filled a gap it is a later
     * event's, so live rows and rebuilt rows (and frozen reports) would cite different positions. Projections take
     * the event's own position from the event store (VersionWriter.positionOf).
     */
    @Test
    void noQuerySideEventHandlerTakesItsPositionFromTheTrackingToken() {
        List<JavaMethod> handlers = classes.stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(EventHandler.class))
                .toList();

        assertThat(handlers).isNotEmpty();
        assertThat(handlers).allSatisfy(handler -> assertThat(handler.getRawParameterTypes())
                .as("parameters of %s", handler.getFullName())
                .noneMatch(type -> type.isAssignableTo(TrackingToken.class)));
    }
}
