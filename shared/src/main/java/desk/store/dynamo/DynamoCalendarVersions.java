package desk.store.dynamo;

import desk.store.CalendarVersions;
import desk.store.ConcurrentUpdateException;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The applied version of each calendar at {@code pk=CALENDAR#<id>, sk=APPLIED}, written under
 * {@code attribute_not_exists(pk)} the first time and {@code appliedVersion = :previous} after, so
 * two sweeps recording the same change do not overwrite each other blindly.
 */
@Singleton
class DynamoCalendarVersions implements CalendarVersions {
    private final DeskTable table;

    DynamoCalendarVersions(DeskTable table) {
        this.table = table;
    }

    @Override
    public Optional<String> applied(String calendarId) {
        return table.get(key(calendarId)).map(item -> Item.reader(item).s("appliedVersion"));
    }

    @Override
    public void markApplied(String calendarId, Optional<String> previous, String version) {
        Condition condition = previous
                .map(before -> new Condition("appliedVersion = :previous", Map.of(), Map.of(":previous", AttributeValue.fromS(before))))
                .orElse(Condition.NEW_ITEM);
        try {
            Transaction.on(table).put("calendar", Item.builder().with(key(calendarId)).s("entity", "CALENDAR_VERSION")
                    .s("calendarId", calendarId).s("appliedVersion", version).build(), condition).commit();
        } catch (Transaction.ConditionsFailed failed) {
            throw new ConcurrentUpdateException("calendar " + calendarId + " was recorded by another run", failed);
        }
    }

    private static Map<String, AttributeValue> key(String calendarId) {
        return TableKeys.key("CALENDAR#" + calendarId, "APPLIED");
    }
}
