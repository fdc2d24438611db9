package desk.devkit.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import desk.devkit.DynamoDbLocal;
import desk.devkit.LocalDesk;
import desk.devkit.SamTemplate;
import desk.devkit.TemplateTables;

/**
 * Resolves a {@link LocalDesk} parameter: one in-memory DynamoDB Local per test JVM, started on
 * first use with the tables of the nearest {@code template.yaml}, stopped when the root context
 * closes. Tables are shared by every test: use unique ids rather than expecting empty tables.
 */
public final class LocalDynamoDbExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalDynamoDbExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == LocalDesk.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return extension.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningDesk.class, key -> RunningDesk.start(), RunningDesk.class)
                .desk();
    }

    /** The per-JVM server; the root store closes it after the last test. */
    @SuppressWarnings("deprecation") // CloseableResource: what JUnit 5 documents; AutoCloseable for 5.13+
    static final class RunningDesk implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final DynamoDbLocal dynamo;
        private final LocalDesk desk;

        private RunningDesk(DynamoDbLocal dynamo, LocalDesk desk) {
            this.dynamo = dynamo;
            this.desk = desk;
        }

        static RunningDesk start() {
            SamTemplate template = SamTemplate.locate();
            DynamoDbLocal dynamo = DynamoDbLocal.inMemory();
            TemplateTables.createAll(dynamo.client(), template);
            return new RunningDesk(dynamo, new LocalDesk(dynamo.client(), dynamo.endpoint(), template));
        }

        LocalDesk desk() {
            return desk;
        }

        @Override
        public void close() {
            dynamo.close(); // idempotent: JUnit may know this object under both interfaces
        }
    }
}
