package desk.local;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** EventBridge's {@code rate(N unit)}; {@code cron(...)} is refused: the local runtime has no cron. */
record RateExpression(Duration period) {

    private static final Pattern RATE = Pattern.compile("rate\\(\\s*(\\d+)\\s+(minute|minutes|hour|hours|day|days)\\s*\\)");

    static RateExpression parse(String expression) {
        Matcher m = RATE.matcher(expression.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot run schedule " + expression + " locally: only rate(N minute|minutes|hour|hours|day|days) is supported");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2);
        boolean singular = !unit.endsWith("s");
        if (n == 0 || (n == 1) != singular) {
            throw new IllegalArgumentException("Invalid rate expression " + expression + ": use 1 with a singular unit, more with a plural one");
        }
        return new RateExpression(switch (unit) {
            case "minute", "minutes" -> Duration.ofMinutes(n);
            case "hour", "hours" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        });
    }
}
