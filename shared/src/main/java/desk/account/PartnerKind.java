package desk.account;

/**
 * SOLUTION: certified intermediary and first level of support for its clients.
 * TECHNOLOGY: supports only the integration it delivers.
 */
public enum PartnerKind {
    SOLUTION, TECHNOLOGY
}
