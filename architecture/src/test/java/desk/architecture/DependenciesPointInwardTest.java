package desk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Handlers -> use cases -> domain, over the main classes of every module of the build: the domain
 * imports neither AWS nor Micronaut nor persistence, only the DynamoDB store and the functions see
 * the SDK, no two packages depend on each other, and no two modules share a package (so a handler
 * module never reuses a domain package's name).
 */
class DependenciesPointInwardTest {
    private static final String[] DOMAIN = {"desk.access..", "desk.account..", "desk.calendar..", "desk.conversation..", "desk.identity..",
            "desk.intake..", "desk.sla..", "desk.ticket..", "desk.validation..", "desk.bank..", "desk.mail.."};
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static Map<String, JavaClasses> modules;
    private static JavaClasses all;

    @BeforeAll
    static void importEveryModule() {
        modules = new TreeMap<>();
        moduleClassDirectories().forEach(dir -> modules.put(ROOT.relativize(dir.getParent().getParent()).toString(),
                new ClassFileImporter().importPath(dir)));
        all = new ClassFileImporter().importPaths(moduleClassDirectories());
    }

    /** {@code <module>/target/classes} of every module with main classes, found from the build's root. */
    private static List<Path> moduleClassDirectories() {
        try (Stream<Path> poms = Files.walk(ROOT, 3)) {
            return poms.filter(path -> path.getFileName().toString().equals("pom.xml"))
                    .map(pom -> pom.getParent().resolve("target/classes"))
                    .filter(Files::isDirectory)
                    .filter(dir -> !dir.startsWith(ROOT.resolve(".local")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void every_module_of_the_build_is_read() {
        assertThat(modules.keySet()).contains("devkit", "telemetry", "aws-clients", "shared", "mail-mime", "local", "functions/http-api",
                "functions/ticket-intake", "functions/account-admin", "functions/conversations", "functions/ticket-lists",
                "functions/ticket-work", "functions/announcement-relay", "functions/sla-sweep", "functions/hour-deduction",
                "functions/hour-banks", "functions/token-claims", "functions/email-intake", "functions/mailer");
    }

    @Test
    void the_domain_imports_neither_aws_nor_micronaut_nor_persistence() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "software.amazon..", "com.amazonaws..", "io.micronaut..", "jakarta.inject..", "desk.store..",
                        "desk.usecase..", "desk.config..", "desk.api..", "desk.handler..", "desk.local..", "desk.devkit..",
                        "desk.telemetry..", "org.slf4j..")
                .check(all);
    }

    @Test
    void telemetry_knows_nothing_of_the_desk_nor_of_aws() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("desk.ticket..", "desk.store..", "desk.usecase..",
                "desk.api..", "software.amazon..", "com.amazonaws..", "io.micronaut..").check(modules.get("telemetry"));
    }

    @Test
    void in_shared_only_the_dynamo_store_touches_the_aws_sdk() {
        noClasses().that().resideOutsideOfPackage("desk.store.dynamo..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..")
                .check(modules.get("shared"));
    }

    @Test
    void use_cases_and_handlers_reach_persistence_only_through_the_store_ports() {
        noClasses().that().resideInAnyPackage("desk.usecase..", "desk.handler..", "desk.api..")
                .should().dependOnClassesThat().resideInAPackage("desk.store.dynamo..")
                .check(all);
    }

    @Test
    void handlers_are_thin_and_never_reach_dynamodb_directly() {
        noClasses().that().resideInAnyPackage("desk.handler..", "desk.api..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk.services.dynamodb..")
                .check(all);
    }

    @Test
    void no_two_packages_depend_on_each_other() {
        slices().matching("desk.(**)").should().beFreeOfCycles().check(all);
    }

    @Test
    void no_two_modules_share_a_package() {
        Map<String, Set<String>> modulesByPackage = new HashMap<>();
        modules.forEach((module, classes) -> classes.stream().map(JavaClass::getPackageName)
                .forEach(pkg -> modulesByPackage.computeIfAbsent(pkg, p -> new TreeSet<>()).add(module)));

        Map<String, Set<String>> shared = modulesByPackage.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(shared).as("packages found in more than one module").isEmpty();
    }
}
