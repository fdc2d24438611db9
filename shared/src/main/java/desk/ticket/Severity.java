package desk.ticket;

/**
 * An incident's severity, as the policy defines each for the reporter; support may reclassify.
 * Each carries its place in the support queue as an explicit rank, so reordering or adding a
 * constant never silently changes stored queue keys.
 */
public enum Severity {
    /** Data loss with no recovery, the PIM unreachable for all users, or wrong data reaching e-commerce with no workaround. */
    CRITICAL(1),
    /** Core platform functions affected or disabled; use severely degraded. */
    MAJOR(2),
    /** Core functionality not behaving as expected, with no major impact on usability. */
    MINOR(3);

    /** Where questions queue: after every incident. */
    public static final int QUESTION_RANK = 4;

    private final int queueRank;

    Severity(int queueRank) {
        this.queueRank = queueRank;
    }

    /** 1 is served first. */
    public int queueRank() {
        return queueRank;
    }
}
