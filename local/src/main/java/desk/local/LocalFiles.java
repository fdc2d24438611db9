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

    /** Asynchronous invocations (S3 notifications, EventBridge rules) whose retries were spent: the function's OnFailure destination. */
    Path asyncFailures() {
        return directory.resolve("async-failures.jsonl");
    }

    /** Events an EventBridge rule could not hand to its target: the rule's dead-letter queue. */
    Path ruleDeadLetters() {
        return directory.resolve("rule-dead-letters.jsonl");
    }

    /** The local S3's objects, kept across restarts. */
    Path s3Objects() {
        return directory.resolve("s3");
    }

    /** The local S3 server's own output. */
    Path s3Log() {
        return directory.resolve("s3proxy.log");
    }

    /** The local mailbox: a folder per recipient, a {@code .eml} file per message. */
    Path mail() {
        return directory.resolve("mail");
    }
}
