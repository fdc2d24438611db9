package desk.handler.relay;

/** What one {@code PutEvents} call did with its batch. */
sealed interface BatchOutcome {

    record AllPublished(int count) implements BatchOutcome {
    }

    /**
     * Entry {@code index} of the batch (the first that failed) and maybe some after it were not
     * published; entries before it were.
     */
    record FailedFrom(int index, String reason) implements BatchOutcome {
    }
}
