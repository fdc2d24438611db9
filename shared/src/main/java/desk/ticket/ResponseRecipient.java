package desk.ticket;

/**
 * Whom support answers. An indirect account's tickets are answered to its Solution Partner,
 * without involving the end customer, unless agreed otherwise.
 */
public sealed interface ResponseRecipient {
    record Requester() implements ResponseRecipient {}

    record SolutionPartner(String partnerId) implements ResponseRecipient {}
}
