package desk.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docs/openapi.yaml} as a plain HTML page for people: each operation with its scopes,
 * parameters, body and answers, then the schemas. Rendered here, without scripts, so the page
 * needs nothing from the internet.
 */
final class OpenApiPage {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final Map<String, Object> root;
    private final StringBuilder html = new StringBuilder();

    private OpenApiPage(Map<String, Object> root) {
        this.root = root;
    }

    static String render(String yaml) {
        Object parsed = new Yaml().load(yaml);
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("the document is not a YAML mapping");
        }
        return new OpenApiPage(cast(map)).page();
    }

    private String page() {
        Map<String, Object> info = map(root.get("info"));
        String title = text(info.get("title")) + " " + text(info.get("version"));
        html.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append("</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.4}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}")
                .append("pre{background:#f4f4f4;padding:.5rem;overflow-x:auto}code{font-size:.95em}")
                .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(escape(title)).append("</h1>\n")
                .append("<p>The document itself: <a href=\"/openapi.yaml\">/openapi.yaml</a>.</p>\n")
                .append("<pre>").append(escape(text(info.get("description")))).append("</pre>\n<h2>Operations</h2>\n<ul>\n");
        List<String[]> operations = new ArrayList<>();
        map(root.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.add(new String[] {method, path});
            }
        }));
        for (String[] op : operations) {
            html.append("<li><a href=\"#").append(anchor(op[0], op[1])).append("\">").append(op[0].toUpperCase(Locale.ROOT))
                    .append(' ').append(escape(op[1])).append("</a> ").append(escape(text(map(map(map(root.get("paths")).get(op[1])).get(op[0])).get("summary"))))
                    .append("</li>\n");
        }
        html.append("</ul>\n");
        for (String[] op : operations) {
            operation(op[0], op[1]);
        }
        html.append("<h2>Schemas</h2>\n");
        map(map(root.get("components")).get("schemas")).forEach((name, schema) ->
                html.append("<h3 id=\"schema-").append(escape(name)).append("\">").append(escape(name)).append("</h3>\n<pre>")
                        .append(escape(dump(schema))).append("</pre>\n"));
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private void operation(String method, String path) {
        Map<String, Object> item = map(map(root.get("paths")).get(path));
        Map<String, Object> operation = map(item.get(method));
        html.append("<section>\n<h2 id=\"").append(anchor(method, path)).append("\">").append(method.toUpperCase(Locale.ROOT))
                .append(' ').append(escape(path)).append("</h2>\n<p>").append(escape(text(operation.get("summary")))).append("</p>\n");
        if (operation.get("description") != null) {
            html.append("<p>").append(escape(text(operation.get("description")))).append("</p>\n");
        }
        Object security = operation.getOrDefault("security", root.get("security"));
        html.append("<p>Security: <code>").append(escape(String.valueOf(security))).append("</code></p>\n");
        List<Object> parameters = new ArrayList<>(list(item.get("parameters")));
        parameters.addAll(list(operation.get("parameters")));
        if (!parameters.isEmpty()) {
            html.append("<table>\n<caption>Parameters</caption>\n<tr><th scope=\"col\">name</th><th scope=\"col\">in</th>")
                    .append("<th scope=\"col\">schema</th><th scope=\"col\">description</th></tr>\n");
            for (Object p : parameters) {
                Map<String, Object> parameter = resolve(map(p));
                html.append("<tr><td>").append(escape(text(parameter.get("name"))))
                        .append(Boolean.TRUE.equals(parameter.get("required")) ? " (required)" : "").append("</td><td>")
                        .append(escape(text(parameter.get("in")))).append("</td><td><code>").append(escape(inline(parameter.get("schema"))))
                        .append("</code></td><td>").append(escape(text(parameter.get("description")))).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (operation.get("requestBody") != null) {
            html.append("<p>Body: ").append(schemaOf(map(operation.get("requestBody")))).append("</p>\n");
        }
        html.append("<table>\n<caption>Answers</caption>\n<tr><th scope=\"col\">status</th><th scope=\"col\">body</th>")
                .append("<th scope=\"col\">headers</th><th scope=\"col\">description</th></tr>\n");
        map(operation.get("responses")).forEach((status, r) -> {
            Map<String, Object> response = resolve(map(r));
            html.append("<tr><td>").append(escape(status)).append("</td><td>").append(schemaOf(response)).append("</td><td>")
                    .append(escape(String.join(", ", map(response.get("headers")).keySet()))).append("</td><td>")
                    .append(escape(text(response.get("description")))).append("</td></tr>\n");
        });
        html.append("</table>\n</section>\n");
    }

    /** The JSON schema of a body or an answer: a link to a named schema, or the schema written out. */
    private String schemaOf(Map<String, Object> withContent) {
        Object schema = map(map(map(withContent.get("content")).get("application/json"))).get("schema");
        if (schema == null) {
            return "";
        }
        Map<String, Object> s = map(schema);
        if (s.get("$ref") instanceof String ref) {
            return link(ref);
        }
        if (s.get("oneOf") instanceof List<?> options) {
            List<String> links = new ArrayList<>();
            options.forEach(option -> links.add(map(option).get("$ref") instanceof String ref ? link(ref) : escape(inline(option))));
            return "one of " + String.join(", ", links);
        }
        return "<code>" + escape(inline(schema)) + "</code>";
    }

    private static String link(String ref) {
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        return "<a href=\"#schema-" + escape(name) + "\">" + escape(name) + "</a>";
    }

    private Map<String, Object> resolve(Map<String, Object> node) {
        if (node.get("$ref") instanceof String ref && ref.startsWith("#/")) {
            Object target = root;
            for (String part : ref.substring(2).split("/")) {
                target = map(target).get(part.replace("~1", "/").replace("~0", "~"));
            }
            return map(target);
        }
        return node;
    }

    private static String anchor(String method, String path) {
        return method + "-" + path.replaceAll("[^A-Za-z0-9]+", "-");
    }

    private static String inline(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String dump(Object value) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(value);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? cast(m) : Map.of();
    }

    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
