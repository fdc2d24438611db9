package desk.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule: an HTML body reads as the text a person sees, links with their address, quotes marked with "&gt;". */
class HtmlTextTest {

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("a link keeps its address", "<p>Read <a href=\"https://docs.desk.example/a\">the guide</a>.</p>",
                        "Read the guide (https://docs.desk.example/a)."),
                Arguments.of("a link showing its address is not doubled", "<a href=\"https://desk.example\">https://desk.example</a>",
                        "https://desk.example"),
                Arguments.of("a mailto link shows the address", "Write to <a href=\"mailto:billing@desk.example\">billing</a>",
                        "Write to billing (billing@desk.example)"),
                Arguments.of("line breaks, paragraphs and entities", "<div>one<br>two</div><p>three &amp; four&nbsp;</p><p>five</p>",
                        "one\ntwo\nthree & four\n\nfive"),
                Arguments.of("head, scripts and styles are dropped",
                        "<html><head><title>t</title><style>p{}</style></head><body><script>x()</script><p>text</p><noscript>n</noscript></body></html>",
                        "text"),
                Arguments.of("list items", "<ul><li>first</li><li>second</li></ul>", "- first\n- second"),
                Arguments.of("quotes are marked per level", "<p>answer</p><blockquote><p>asked</p><blockquote>earlier</blockquote></blockquote>",
                        "answer\n\n> asked\n\n>> earlier"),
                Arguments.of("preformatted text keeps its lines", "<pre>a  b\n  c</pre>", "a  b\n  c"),
                Arguments.of("table cells are spaced, rows on lines", "<table><tr><td>SKU</td><td>net</td></tr><tr><td>A-1</td><td>10</td></tr></table>",
                        "SKU net\nA-1 10"),
                Arguments.of("an image shows its alternative text", "<p><img src=\"cid:x\" alt=\"error dialog\"> appears</p>", "[error dialog] appears"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void html_reads_as_the_text_a_person_sees(String rule, String html, String text) {
        assertThat(HtmlText.text(html, 10_000)).isEqualTo(text);
    }

    @Test
    void the_quoted_history_clients_mark_in_html_is_left_out_of_the_visible_text() {
        String html = "<div>Fixed, thanks.</div><div class=\"gmail_quote\"><div class=\"gmail_attr\">On Tue wrote:</div>"
                + "<blockquote class=\"gmail_quote\">old</blockquote></div><blockquote type=\"cite\">older</blockquote>";

        assertThat(HtmlText.textWithoutQuotedHistory(html, 10_000)).isEqualTo("Fixed, thanks.");
    }

    @Test
    void the_text_is_cut_at_its_limit() {
        assertThat(HtmlText.text("<p>" + "word ".repeat(10_000) + "</p>", 100)).hasSize(100);
    }
}
