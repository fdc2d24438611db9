package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import desk.devkit.SamTemplate;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The repository's docs/openapi.yaml as the local runtime's page shows it: every route, no scripts. */
class TheApiContractPageShowsEveryOperationTest {

    private final SamTemplate template = SamTemplate.locate();

    @Test
    void every_route_of_the_template_has_a_section_with_its_answers() throws IOException {
        String page = OpenApiPage.render(Files.readString(template.directory().resolve("docs/openapi.yaml")));

        assertThat(template.httpRoutes()).allSatisfy(route ->
                assertThat(page).contains("<h2 id=\"" + route.method().toLowerCase() + "-")
                        .contains(">" + route.method() + " " + route.path() + "</h2>"));
        assertThat(page).contains("<caption>Answers</caption>", "<a href=\"#schema-Error\">Error</a>",
                "<h3 id=\"schema-Ticket\">Ticket</h3>", "Idempotency-Key", "desk/admin");
    }

    @Test
    void the_page_loads_nothing_and_runs_nothing() throws IOException {
        String page = OpenApiPage.render(Files.readString(template.directory().resolve("docs/openapi.yaml")));

        assertThat(page).startsWith("<!doctype html>").contains("<html lang=\"en\">")
                .doesNotContain("<script", "<link", "<img", "http://", "https://cdn");
    }

    @Test
    void text_from_the_document_is_escaped() {
        String page = OpenApiPage.render("openapi: 3.1.0\ninfo: {title: '<b>x</b>', version: '1', description: 'a & b'}\npaths: {}\n");

        assertThat(page).contains("&lt;b&gt;x&lt;/b&gt;", "a &amp; b").doesNotContain("<b>x</b>");
    }

    @Test
    void routes_are_listed_in_the_order_of_the_document() {
        String page = OpenApiPage.render("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n"
                + "  /b: {get: {summary: second, responses: {'200': {description: ok}}}}\n"
                + "  /a: {post: {summary: first, responses: {'201': {description: made}}}}\n");

        assertThat(page.indexOf(">GET /b</h2>")).isPositive().isLessThan(page.indexOf(">POST /a</h2>"));
    }
}
