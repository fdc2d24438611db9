package desk.devkit;

/** A {@code Schedule} or {@code ScheduleV2} event: {@code rate(...)} or {@code cron(...)}. */
public record Schedule(String functionLogicalId, String eventName, String expression) {
}
