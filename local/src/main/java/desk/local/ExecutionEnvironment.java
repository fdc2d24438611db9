package desk.local;

import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.RequestHandler;

import desk.devkit.FunctionContexts;
import desk.devkit.SamFunction;
import desk.devkit.SamTemplate;
import io.micronaut.context.ApplicationContext;

/**
 * One Lambda execution environment of a function: its own Micronaut context and handler, built
 * once (the cold start, logged as INIT), then serving one invocation at a time; its pool
 * ({@link FunctionEnvironments}) sees to the "one at a time". Like Lambda's runtime it takes the
 * event as JSON, reads it into the handler's declared input type, and answers with the response
 * written as JSON: the handler never shares an object with its caller.
 */
final class ExecutionEnvironment implements AutoCloseable {

    private static final DateTimeFormatter LOG_STREAM_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private final SamFunction function;
    private final int number;
    private final String logStreamName;
    private final ApplicationContext context;
    private final RequestHandler<Object, Object> handler;
    private final Type inputType;
    private final EventJson json;
    private final Clock clock;
    private final PrintStream log;

    private ExecutionEnvironment(SamFunction function, int number, String logStreamName, ApplicationContext context,
                                 RequestHandler<Object, Object> handler, Type inputType, EventJson json, Clock clock,
                                 PrintStream log) {
        this.function = function;
        this.number = number;
        this.logStreamName = logStreamName;
        this.context = context;
        this.handler = handler;
        this.inputType = inputType;
        this.json = json;
        this.clock = clock;
        this.log = log;
    }

    /** The cold start: a fresh context and handler, as Lambda's init phase builds them. */
    static ExecutionEnvironment start(int number, SamTemplate template, SamFunction function, HandlerClass handlerClass,
                                      Map<String, Object> localProperties, EventJson json, Clock clock, PrintStream log) {
        Instant start = clock.instant();
        // Lambda names a log stream per execution environment: date, version, a random id.
        String logStreamName = LOG_STREAM_DATE.format(start) + "/[$LATEST]" + UUID.randomUUID().toString().replace("-", "");
        ApplicationContext context = FunctionContexts.start(template, function, localProperties, logStreamName);
        RequestHandler<Object, Object> handler = construct(handlerClass.type(), context);
        log.printf("INIT %s environment %d (%s) in %d ms%n", function.logicalId(), number, handlerClass.type().getName(),
                Duration.between(start, clock.instant()).toMillis());
        return new ExecutionEnvironment(function, number, logStreamName, context, handler, handlerClass.input(), json,
                clock, log);
    }

    /** @return the response as JSON, {@code null} written as {@code "null"} */
    String invoke(String eventJson) {
        String requestId = UUID.randomUUID().toString();
        Instant start = clock.instant();
        log.printf("START RequestId: %s Function: %s Environment: %d%n", requestId, function.logicalId(), number);
        try {
            Object event = json.read(eventJson, inputType);
            Object response = handler.handleRequest(event, LocalLambdaContext.start(function, logStreamName, requestId, clock, log));
            return json.write(response);
        } finally {
            Duration took = Duration.between(start, clock.instant());
            log.printf("END RequestId: %s Environment: %d Duration: %d ms%n", requestId, number, took.toMillis());
            if (took.toSeconds() >= function.timeoutSeconds()) {
                log.printf("WARNING %s took %d ms, more than its Timeout of %d s: Lambda would have stopped it%n",
                        function.logicalId(), took.toMillis(), function.timeoutSeconds());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static RequestHandler<Object, Object> construct(Class<?> type, ApplicationContext context) {
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
        if (handler instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) { // AutoCloseable.close() declares Exception
                log.printf("%s environment %d did not close cleanly: %s%n", function.logicalId(), number, e);
            }
        }
        if (context.isRunning()) {
            context.close();
        }
    }
}
