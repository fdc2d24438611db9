package desk.store.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import desk.devkit.SamTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lists read summaries from index entries: every index a list reads must project exactly the
 * attributes {@link TicketItems#summary} reads, or an optional field (the assignee, the deadline)
 * would silently read as absent.
 */
class SummaryIndexesProjectWhatListsReadTest {

    @Test
    @SuppressWarnings("unchecked")
    void every_list_index_projects_the_summary_attributes_and_nothing_else() {
        List<Map<String, Object>> indexes = (List<Map<String, Object>>) SamTemplate.locate().tables().getFirst()
                .properties().get("GlobalSecondaryIndexes");

        for (String list : List.of(DynamoTicketLists.QUEUE, DynamoTicketLists.ASSIGNED, DynamoTicketLists.BY_ACCOUNT,
                DynamoTicketLists.BY_PARTNER)) {
            Map<String, Object> projection = (Map<String, Object>) indexes.stream()
                    .filter(index -> index.get("IndexName").equals(list)).findFirst().orElseThrow().get("Projection");
            assertThat(projection.get("ProjectionType")).as(list).isEqualTo("INCLUDE");
            assertThat((List<String>) projection.get("NonKeyAttributes")).as(list)
                    .containsExactlyInAnyOrderElementsOf(TicketItems.SUMMARY_ATTRIBUTES);
        }
    }
}
