package desk.local;

import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import com.amazonaws.services.lambda.runtime.RequestHandler;

import desk.devkit.FunctionProperties;
import desk.devkit.SamFunction;
import desk.devkit.SamTemplate;
import io.micronaut.context.ApplicationContext;

/**
 * One warm Lambda execution environment of one function: its own Micronaut context and handler,
 * built on first use, and one invocation at a time, as Lambda runs a single instance.
 */
final class FunctionInstance implements AutoCloseable {

    private final SamTemplate template;
    private final SamFunction function;
    private final URI dynamoEndpoint;
    private final Map<String, Object> localProperties;
    private final Clock clock;
    private final PrintStream log;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private ApplicationContext context;
    private RequestHandler<Object, Object> handler;

    /** @param localProperties added to the function's properties: where the local stand-ins of AWS services listen */
    FunctionInstance(SamTemplate template, SamFunction function, URI dynamoEndpoint, Map<String, Object> localProperties,
                     Clock clock, PrintStream log) {
        this.template = template;
        this.function = function;
        this.dynamoEndpoint = dynamoEndpoint;
        this.localProperties = Map.copyOf(localProperties);
        this.clock = clock;
        this.log = log;
    }

    SamFunction function() {
        return function;
    }

    Object invoke(Object event) {
        oneAtATime.lock();
        try {
            if (handler == null) {
                coldStart();
            }
            String requestId = UUID.randomUUID().toString();
            Instant start = clock.instant();
            log.printf("START RequestId: %s Function: %s%n", requestId, function.logicalId());
            Object response = handler.handleRequest(event, LocalLambdaContext.start(function, requestId, clock, log));
            Duration took = Duration.between(start, clock.instant());
            log.printf("END RequestId: %s Duration: %d ms%n", requestId, took.toMillis());
            if (took.toSeconds() >= function.timeoutSeconds()) {
                log.printf("WARNING %s took %d ms, more than its Timeout of %d s: Lambda would have stopped it%n",
                        function.logicalId(), took.toMillis(), function.timeoutSeconds());
            }
            return response;
        } finally {
            oneAtATime.unlock();
        }
    }

    private void coldStart() {
        Instant start = clock.instant();
        Class<?> handlerClass = handlerClass();
        Map<String, Object> properties = new LinkedHashMap<>(FunctionProperties.of(template, function.logicalId(), dynamoEndpoint));
        properties.putAll(localProperties);
        context = ApplicationContext.builder().properties(properties).start();
        handler = construct(handlerClass);
        log.printf("INIT %s (%s) in %d ms%n", function.logicalId(), handlerClass.getName(),
                Duration.between(start, clock.instant()).toMillis());
    }

    private Class<?> handlerClass() {
        try {
            Class<?> type = Class.forName(function.handlerClass());
            if (!RequestHandler.class.isAssignableFrom(type)) {
                throw new IllegalStateException(function.handlerClass() + " (Handler of " + function.logicalId()
                        + ") is not a com.amazonaws.services.lambda.runtime.RequestHandler");
            }
            return type;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Handler " + function.handlerClass() + " of " + function.logicalId()
                    + " is not on the classpath: is its module built and a dependency of local?", e);
        }
    }

    @SuppressWarnings("unchecked")
    private RequestHandler<Object, Object> construct(Class<?> type) {
        try {
            Constructor<?> constructor = type.getConstructor(ApplicationContext.class);
            return (RequestHandler<Object, Object>) constructor.newInstance(context);
        } catch (NoSuchMethodException e) {
            context.close();
            throw new IllegalStateException(type.getName() + " needs a public constructor taking an ApplicationContext", e);
        } catch (InvocationTargetException e) {
            context.close();
            throw new IllegalStateException(type.getName() + " failed to initialise: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            context.close();
            throw new IllegalStateException("Cannot instantiate " + type.getName(), e);
        }
    }

    @Override
    public void close() {
        oneAtATime.lock();
        try {
            if (handler instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) { // AutoCloseable.close() declares Exception
                    log.printf("%s did not close cleanly: %s%n", function.logicalId(), e);
                }
            }
            if (context != null && context.isRunning()) {
                context.close();
            }
            handler = null;
            context = null;
        } finally {
            oneAtATime.unlock();
        }
    }
}
