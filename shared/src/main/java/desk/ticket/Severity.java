package desk.ticket;

/** An incident's severity, as the policy defines each for the reporter; support may reclassify. */
public enum Severity {
    /** Data loss with no recovery, the PIM unreachable for all users, or wrong data reaching e-commerce with no workaround. */
    CRITICAL,
    /** Core platform functions affected or disabled; use severely degraded. */
    MAJOR,
    /** Core functionality not behaving as expected, with no major impact on usability. */
    MINOR
}
