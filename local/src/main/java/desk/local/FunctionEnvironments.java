package desk.local;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Semaphore;

import desk.devkit.SamFunction;
import desk.devkit.SamTemplate;

/**
 * The execution environments of one function, kept as Lambda keeps them: a request goes to an
 * idle warm environment, or to a new one (a cold start) when every one is busy; each serves one
 * request at a time, so concurrent requests really run concurrently.
 *
 * <p>At most {@code maxEnvironments} exist. Here alone the local runtime differs from the cloud on
 * purpose: beyond its concurrency limit Lambda throttles the request (429,
 * {@code TooManyRequestsException}); locally the request waits for an environment to come free.
 */
final class FunctionEnvironments implements AutoCloseable {

    private final SamTemplate template;
    private final SamFunction function;
    private final HandlerClass handlerClass;
    private final Map<String, Object> localProperties;
    private final EventJson json;
    private final Clock clock;
    private final PrintStream log;
    private final int maxEnvironments;
    private final Semaphore free;
    private final Deque<ExecutionEnvironment> idle = new ArrayDeque<>(); // guarded by this
    private final List<ExecutionEnvironment> all = new ArrayList<>();    // guarded by this
    private int started;                                                 // guarded by this
    private boolean closed;                                              // guarded by this

    FunctionEnvironments(SamTemplate template, SamFunction function, int maxEnvironments, Map<String, Object> localProperties,
                         EventJson json, Clock clock, PrintStream log) {
        this.template = template;
        this.function = function;
        this.handlerClass = HandlerClass.of(function);
        this.maxEnvironments = maxEnvironments;
        this.localProperties = localProperties;
        this.json = json;
        this.clock = clock;
        this.log = log;
        this.free = new Semaphore(maxEnvironments, true);
    }

    HandlerClass handlerClass() {
        return handlerClass;
    }

    /** @see ExecutionEnvironment#invoke(String) */
    String invoke(String eventJson) {
        if (maxEnvironments == 0) {
            throw new IllegalStateException(function.logicalId() + " has ReservedConcurrentExecutions 0:"
                    + " Lambda throttles every invocation of it");
        }
        awaitFreeEnvironment();
        try {
            ExecutionEnvironment environment = idleOrNew();
            try {
                return environment.invoke(eventJson);
            } finally {
                release(environment);
            }
        } finally {
            free.release();
        }
    }

    private void awaitFreeEnvironment() {
        if (free.tryAcquire()) {
            return;
        }
        log.printf("%s: all %d environments are busy; waiting for one (Lambda would throttle: 429 TooManyRequestsException)%n",
                function.logicalId(), maxEnvironments);
        try {
            free.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an environment of " + function.logicalId(), e);
        }
    }

    private ExecutionEnvironment idleOrNew() {
        int number;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException(function.logicalId() + "'s environments are closed");
            }
            // The most recently used one first: the fewer environments stay warm, the fewer cold starts.
            ExecutionEnvironment warm = idle.pollFirst();
            if (warm != null) {
                return warm;
            }
            number = ++started;
        }
        // Outside the lock: the other environments keep serving during a cold start.
        ExecutionEnvironment fresh = ExecutionEnvironment.start(number, template, function, handlerClass,
                localProperties, json, clock, log);
        synchronized (this) {
            if (!closed) {
                all.add(fresh);
                return fresh;
            }
        }
        fresh.close();
        throw new IllegalStateException(function.logicalId() + "'s environments were closed during a cold start");
    }

    private synchronized void release(ExecutionEnvironment environment) {
        if (!closed) {
            idle.addFirst(environment);
        }
    }

    /** Closes every environment, busy ones too, as a shutdown ends every sandbox. */
    @Override
    public void close() {
        List<ExecutionEnvironment> environments;
        synchronized (this) {
            closed = true;
            environments = List.copyOf(all);
            all.clear();
            idle.clear();
        }
        environments.forEach(ExecutionEnvironment::close);
    }
}
