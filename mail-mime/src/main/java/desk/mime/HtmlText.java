package desk.mime;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * An HTML mail body as readable text: blocks and {@code <br>} become line breaks, list items
 * {@code "- "}, a link keeps its address beside its text ({@code "the guide (https://...)"}),
 * {@code <blockquote>} lines are {@code ">"}-quoted, scripts, styles and the head are dropped.
 */
final class HtmlText {

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title", "template", "noscript");
    private static final Set<String> BLOCKS = Set.of("p", "div", "table", "tr", "ul", "ol", "li", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "pre", "hr", "section", "article", "header", "footer", "address", "dl", "dt", "dd", "center");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre");
    /** The quoted history as clients mark it in HTML: Gmail, Apple Mail and Thunderbird, Yahoo. */
    private static final String QUOTED_HISTORY = "div.gmail_quote, blockquote.gmail_quote, blockquote[type=cite], div.moz-cite-prefix, div.yahoo_quoted";

    private HtmlText() {
    }

    /** The whole HTML as text, at most {@code maxChars} characters. */
    static String text(String html, int maxChars) {
        return render(Jsoup.parse(html), maxChars);
    }

    /** The HTML without the quoted history clients mark as such, as text. */
    static String textWithoutQuotedHistory(String html, int maxChars) {
        Document document = Jsoup.parse(html);
        document.select(QUOTED_HISTORY).remove();
        return render(document, maxChars);
    }

    private static String render(Document document, int maxChars) {
        Renderer renderer = new Renderer(maxChars);
        NodeTraversor.filter(renderer, document.body() != null ? document.body() : document);
        return renderer.text();
    }

    private static final class Renderer implements NodeFilter {
        private final StringBuilder out = new StringBuilder();
        private final int maxChars;
        private int quoteDepth;
        private int preDepth;
        private boolean lineStart = true;

        Renderer(int maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (out.length() >= maxChars) {
                return FilterResult.STOP;
            }
            if (node instanceof TextNode textNode) {
                append(preDepth > 0 ? textNode.getWholeText() : textNode.text());
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (SKIPPED.contains(name)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (name.equals("br")) {
                    newLine();
                } else if (BLOCKS.contains(name)) {
                    newLine();
                }
                if (name.equals("blockquote")) {
                    quoteDepth++;
                } else if (name.equals("pre")) {
                    preDepth++;
                } else if (name.equals("li")) {
                    append("- ");
                } else if (name.equals("td") || name.equals("th")) {
                    if (!lineStart) {
                        append(" ");
                    }
                } else if (name.equals("img") && !element.attr("alt").isBlank()) {
                    append("[" + element.attr("alt").strip() + "]");
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("a")) {
                    String href = element.attr("href").strip();
                    String shown = element.text().strip();
                    String target = href.startsWith("mailto:") ? href.substring("mailto:".length()) : href;
                    if ((href.startsWith("http") || href.startsWith("mailto:")) && !target.equals(shown) && !href.equals(shown)) {
                        append(" (" + target + ")");
                    }
                } else if (name.equals("blockquote")) {
                    newLine();
                    quoteDepth--;
                } else if (name.equals("pre")) {
                    preDepth--;
                }
                if (BLOCKS.contains(name)) {
                    newLine();
                }
                if (PARAGRAPHS.contains(name)) {
                    out.append('\n');
                }
            }
            return out.length() >= maxChars ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        private void append(String text) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    newLine();
                }
                String line = lineStart && preDepth == 0 ? lines[i].stripLeading() : lines[i];
                if (line.isEmpty()) {
                    continue;
                }
                if (lineStart) {
                    if (quoteDepth > 0) {
                        out.append(">".repeat(quoteDepth)).append(' ');
                    }
                    lineStart = false;
                }
                out.append(line);
            }
        }

        private void newLine() {
            if (!lineStart) {
                out.append('\n');
                lineStart = true;
            }
        }

        String text() {
            String text = out.toString().replaceAll("[ \\t\\u00A0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
            return text.length() > maxChars ? text.substring(0, maxChars) : text;
        }
    }
}
