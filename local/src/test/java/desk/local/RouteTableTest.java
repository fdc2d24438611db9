package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import desk.devkit.HttpRoute;

class RouteTableTest {

    private final RouteTable table = new RouteTable(List.of(
            new HttpRoute("POST", "/tickets", "Open", "Api"),
            new HttpRoute("GET", "/tickets/{id}", "Get", "Api"),
            new HttpRoute("GET", "/tickets/mine", "Mine", "Api"),
            new HttpRoute("GET", "/items/{id}/notes/{noteId}", "Note", "Api"),
            new HttpRoute("ANY", "/files/{path+}", "Files", "Api"),
            new HttpRoute("DELETE", "/files/{path+}", "DeleteFile", "Api")));

    @Test
    void pathParametersAreTakenFromTheBracedSegments() {
        var match = table.match("GET", "/items/i-1/notes/n%202").orElseThrow();

        assertThat(match.route().functionLogicalId()).isEqualTo("Note");
        assertThat(match.pathParameters()).containsExactly(Map.entry("id", "i-1"), Map.entry("noteId", "n 2"));
    }

    @Test
    void aLiteralSegmentWinsOverAParameter() {
        assertThat(table.match("GET", "/tickets/mine").orElseThrow().route().functionLogicalId()).isEqualTo("Mine");
        assertThat(table.match("GET", "/tickets/t-9").orElseThrow().pathParameters()).containsEntry("id", "t-9");
    }

    @Test
    void theMethodMustMatchUnlessTheRouteTakesAny() {
        assertThat(table.match("DELETE", "/tickets/t-9")).isEmpty();
        assertThat(table.match("get", "/tickets/t-9")).isPresent();
        assertThat(table.match("PATCH", "/files/a/b.txt").orElseThrow().route().functionLogicalId()).isEqualTo("Files");
        assertThat(table.match("DELETE", "/files/a/b.txt").orElseThrow().route().functionLogicalId()).isEqualTo("DeleteFile");
    }

    @Test
    void aGreedyParameterTakesTheRestOfThePath() {
        assertThat(table.match("GET", "/files/a/b/c.txt").orElseThrow().pathParameters()).containsEntry("path", "a/b/c.txt");
    }

    @Test
    void extraOrMissingSegmentsDoNotMatch() {
        assertThat(table.match("GET", "/tickets/t-1/extra")).isEmpty();
        assertThat(table.match("GET", "/items/i-1/notes")).isEmpty();
        assertThat(table.match("GET", "/tickets/")).isEmpty();
        assertThat(table.match("GET", "/nowhere")).isEmpty();
    }
}
