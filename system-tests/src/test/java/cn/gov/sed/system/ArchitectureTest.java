package cn.gov.sed.system;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape of the suite, kept by the build (ArchUnit over the compiled classes of the four services, the platform
 * and the contracts): services never use each other, the platform and the contracts know no service, a resource
 * runs no query of its own, an entity is changed only by its own methods, and every state machine has the one shape.
 * <p>
 * The redesign (issue 11) came with the last rules frozen at 270 known violations; none is left, so they hold
 * strictly: any violation fails the build.
 */
class ArchitectureTest {
    private static final List<String> SERVICES = List.of("inspection", "hazard", "task", "notification");
    /** What a Panache entity does as its own repository, and its constructor (a resource creates no entity). */
    private static final java.util.Set<String> PANACHE = java.util.Set.of("find", "findAll", "findById",
            "findByIdOptional", "list", "listAll", "stream", "streamAll", "count", "delete", "deleteAll", "deleteById",
            "persist", "persistAndFlush", "update", "flush", "getEntityManager", "<init>");
    private static JavaClasses suite;

    @BeforeAll
    static void importTheSuite() {
        Path root = Path.of(System.getProperty("sed.project.root", "..")).toAbsolutePath().normalize();
        List<Path> folders = new ArrayList<>();
        for (String service : SERVICES) {
            folders.add(root.resolve(service + "-service/target/classes"));
        }
        folders.add(root.resolve("libs/platform/target/classes"));
        folders.add(root.resolve("libs/contracts/target/classes"));
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new AssertionError(folder + " is missing: the architecture test reads the built classes");
            }
        }
        suite = new ClassFileImporter().importPaths(folders);
    }

    @Test
    void noServiceUsesAnother() {
        for (String service : SERVICES) {
            String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> "cn.gov.sed." + s + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("cn.gov.sed." + service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("services talk through events and HTTP only").check(suite);
        }
    }

    @Test
    void thePlatformAndTheContractsKnowNoService() {
        String[] services = SERVICES.stream().map(s -> "cn.gov.sed." + s + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage("cn.gov.sed.platform..", "cn.gov.sed.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage(services)
                .because("the platform is the technical kit of every service, nothing domain-specific").check(suite);
        noClasses().that().resideInAPackage("cn.gov.sed.contracts..")
                .should().dependOnClassesThat().resideInAPackage("cn.gov.sed.platform..")
                .because("the contracts are what services share with each other and with integrators").check(suite);
    }

    @Test
    void resourcesRunNoQueryOfTheirOwn() {
        ArchRule rule = classes().that().haveSimpleNameEndingWith("Resource")
                .should(new ArchCondition<>("run no query and create or store no entity") {
                    @Override
                    public void check(JavaClass resource, ConditionEvents events) {
                        for (JavaAccess<?> call : resource.getAccessesFromSelf()) {
                            JavaClass owner = call.getTargetOwner();
                            if (owner.isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")
                                    && !(call instanceof JavaFieldAccess) && PANACHE.contains(call.getName())) {
                                events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                            }
                        }
                    }
                }).because("a resource translates HTTP; the use case loads and stores");
        rule.check(suite);
    }

    @Test
    void anEntityIsChangedOnlyByItsOwnMethods() {
        ArchRule rule = classes().should(new ArchCondition<>("set no field of another class's entity") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (JavaFieldAccess access : origin.getFieldAccessesFromSelf()) {
                    JavaClass owner = access.getTargetOwner();
                    if (access.getAccessType() == JavaFieldAccess.AccessType.SET
                            && owner.isAnnotatedWith("jakarta.persistence.Entity")
                            && !owner.equals(origin) && !origin.getName().startsWith(owner.getName() + "$")) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        }).because("an aggregate keeps its rules: its state changes through its methods (issue 11)");
        rule.check(suite);
    }

    @Test
    void everyStateMachineHasTheOneShape() {
        classes().that().areEnums().and().haveSimpleName("Action")
                .should().implement("cn.gov.sed.platform.state.StateAction")
                .because("a status moves by actions with sources and targets, and refuses with the same 409 everywhere")
                .check(suite);
    }
}
