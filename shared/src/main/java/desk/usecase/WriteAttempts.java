package desk.usecase;

import desk.store.ConcurrentUpdateException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Optimistic locking's other half: an action that read, decided and wrote is run again from the
 * read when its write lost a race, a bounded number of times ({@code desk.write.attempts}) with a
 * short random pause so that racing writers spread out. When the attempts run out the
 * {@link ConcurrentUpdateException} surfaces, and the API answers 503 with {@code Retry-After}.
 */
@Singleton
public class WriteAttempts {
    private static final long FIRST_PAUSE_MILLIS = 5;

    private final int attempts;

    public WriteAttempts(@Value("${desk.write.attempts}") int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("desk.write.attempts must be at least 1, was " + attempts);
        }
        this.attempts = attempts;
    }

    public <T> T run(Supplier<T> readDecideWrite) {
        for (int attempt = 1; ; attempt++) {
            try {
                return readDecideWrite.get();
            } catch (ConcurrentUpdateException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** Full jitter over an exponentially growing window: 5, 10, 20 ... ms. */
    private static void pause(int attempt) {
        long window = FIRST_PAUSE_MILLIS << Math.min(attempt - 1, 6);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(window + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentUpdateException("interrupted while waiting to retry", e);
        }
    }
}
