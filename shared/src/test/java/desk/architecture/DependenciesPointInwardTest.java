package desk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Handlers -> use cases -> domain: the domain imports neither AWS nor Micronaut, and only store.dynamo sees the SDK. */
class DependenciesPointInwardTest {
    private static final String[] DOMAIN = {"desk.account..", "desk.calendar..", "desk.identity..", "desk.intake..",
            "desk.sla..", "desk.ticket..", "desk.validation.."};
    private static JavaClasses shared;

    @BeforeAll
    static void importShared() {
        // The shared module's own classes only (the test classpath also holds devkit).
        shared = new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    @Test
    void the_domain_imports_neither_aws_nor_micronaut_nor_persistence() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "software.amazon..", "com.amazonaws..", "io.micronaut..", "jakarta.inject..", "desk.store..",
                        "desk.usecase..", "desk.config..")
                .check(shared);
    }

    @Test
    void only_the_dynamo_store_touches_the_aws_sdk() {
        noClasses().that().resideOutsideOfPackage("desk.store.dynamo..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..")
                .check(shared);
    }

    @Test
    void use_cases_reach_persistence_only_through_the_store_ports() {
        noClasses().that().resideInAPackage("desk.usecase..")
                .should().dependOnClassesThat().resideInAPackage("desk.store.dynamo..")
                .check(shared);
    }
}
