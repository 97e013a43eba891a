package se.styrledger.query;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * A projection's tables are its own, so a projection is public only when a class in another package needs it. The
 * query side's tests are imported too: a test in another package that builds the projection is such a need (the red
 * thread's test folds the goal projections). The fixtures in {@code query.testing} serve other modules' tests.
 */
class ProjectionVisibilityTest {

    private final JavaClasses classes = new ClassFileImporter().importPackages("se.styrledger.query");

    @Test
    void projectionsArePublicOnlyWhereAnotherPackageNeedsThem() {
        classes().that().haveSimpleNameEndingWith("Projection").and().areTopLevelClasses()
                .and().resideOutsideOfPackage("se.styrledger.query.testing..")
                .should(new ArchCondition<>("be package-private unless another package uses them") {
                    @Override
                    public void check(JavaClass projection, ConditionEvents events) {
                        boolean usedElsewhere = projection.getDirectDependenciesToSelf().stream()
                                .anyMatch(d -> !d.getOriginClass().getPackageName()
                                        .equals(projection.getPackageName()));
                        // A public constant (a processing group's name) is inlined where it is used: no trace to see.
                        boolean publishesConstant = projection.getFields().stream().anyMatch(f -> f.getModifiers()
                                .containsAll(java.util.Set.of(JavaModifier.PUBLIC, JavaModifier.STATIC,
                                        JavaModifier.FINAL)));
                        if (projection.getModifiers().contains(JavaModifier.PUBLIC) && !usedElsewhere
                                && !publishesConstant) {
                            events.add(SimpleConditionEvent.violated(projection, projection.getName()
                                    + " is public, but no other package uses it"));
                        }
                    }
                })
                .check(classes);
    }
}
