package desk.local;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import desk.devkit.SamTemplate;

/** Every function of the template, each a lazily started {@link FunctionInstance}. */
final class LocalFunctions implements AutoCloseable {

    private final SamTemplate template;
    private final URI dynamoEndpoint;
    private final Map<String, Object> localProperties;
    private final Clock clock;
    private final PrintStream log;
    private final Map<String, FunctionInstance> instances = new ConcurrentHashMap<>();

    /** @param localProperties given to every function besides the template's: where the local AWS stand-ins listen */
    LocalFunctions(SamTemplate template, URI dynamoEndpoint, Map<String, Object> localProperties, Clock clock, PrintStream log) {
        this.template = template;
        this.dynamoEndpoint = dynamoEndpoint;
        this.localProperties = Map.copyOf(localProperties);
        this.clock = clock;
        this.log = log;
    }

    Object invoke(String functionLogicalId, Object event) {
        return instances.computeIfAbsent(functionLogicalId, id ->
                new FunctionInstance(template, template.function(id), dynamoEndpoint, localProperties, clock, log)).invoke(event);
    }

    @Override
    public void close() {
        instances.values().forEach(FunctionInstance::close);
        instances.clear();
    }
}
