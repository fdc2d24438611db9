package desk.local;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waiting for something another thread does (a poller, a server), bounded in time. */
final class Eventually {

    private Eventually() {
    }

    /** @return whether {@code condition} held before {@code timeout} passed */
    static boolean within(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
