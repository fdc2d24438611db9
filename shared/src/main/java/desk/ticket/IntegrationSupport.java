package desk.ticket;

/**
 * How far support goes on an integration ticket: FULL only for a certified partner with the
 * technical knowledge and direct access to the customer's production account.
 */
public enum IntegrationSupport {
    NOT_APPLICABLE, FULL, DOCUMENTATION_AND_EXPORT_CHECK
}
