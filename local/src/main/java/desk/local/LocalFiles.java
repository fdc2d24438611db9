package desk.local;

import java.nio.file.Path;

import desk.devkit.SamTemplate;

/**
 * Where the local runtime leaves what a person may want to read: {@code .local/} beside the
 * template (git ignores it). Tests pass a temporary folder instead.
 */
record LocalFiles(Path directory) {

    static LocalFiles of(SamTemplate template) {
        return new LocalFiles(template.directory().resolve(".local"));
    }

    /** Every event the local EventBridge accepted, one envelope a line. */
    Path events() {
        return directory.resolve("events.jsonl");
    }

    /** Stream batches a function could not take: the local stand-in for the on-failure destination. */
    Path streamFailures() {
        return directory.resolve("relay-failures.jsonl");
    }
}
