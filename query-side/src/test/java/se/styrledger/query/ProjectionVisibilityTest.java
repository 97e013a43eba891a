package se.styrledger.query;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * A projection's tables are its own, so a projection (and a row type) is public only when a class in another package
 * needs it. The query side's tests are imported too: a test in another package that builds the projection is such a
 * need (the red thread's test folds the goal projections). The fixtures in {@code query.testing} serve other modules'
 * tests.
 */
class ProjectionVisibilityTest {

    private final JavaClasses classes = new ClassFileImporter().importPackages("se.styrledger.query");

    @Test
    void projectionsArePublicOnlyWhereAnotherPackageNeedsThem() {
        classes().that().haveSimpleNameEndingWith("Projection").and().areTopLevelClasses()
                .and().resideOutsideOfPackage("se.styrledger.query.testing..")
                .should(bePackagePrivateUnlessAnotherPackageUsesThem())
                .check(classes);
    }

    /** A row type is how one query reads its table: the same holds for it, nested or not. */
    @Test
    void rowTypesArePublicOnlyWhereAnotherPackageNeedsThem() {
        classes().that().haveSimpleNameEndingWith("Row").or().haveSimpleNameEndingWith("Rows")
                .and().resideOutsideOfPackage("se.styrledger.query.testing..")
                .should(bePackagePrivateUnlessAnotherPackageUsesThem())
                .check(classes);
    }

    private static ArchCondition<JavaClass> bePackagePrivateUnlessAnotherPackageUsesThem() {
        return new ArchCondition<>("be package-private unless another package uses them") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean usedElsewhere = type.getDirectDependenciesToSelf().stream()
                        .anyMatch(d -> !d.getOriginClass().getPackageName().equals(type.getPackageName()));
                // A public constant (a processing group's name) is inlined where it is used: no trace to see.
                boolean publishesConstant = type.getFields().stream().anyMatch(f -> f.getModifiers()
                        .containsAll(Set.of(JavaModifier.PUBLIC, JavaModifier.STATIC, JavaModifier.FINAL)));
                if (type.getModifiers().contains(JavaModifier.PUBLIC) && !usedElsewhere && !publishesConstant) {
                    events.add(SimpleConditionEvent.violated(type, type.getName()
                            + " is public, but no other package uses it"));
                }
            }
        };
    }
}
