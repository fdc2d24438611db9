package desk.account;

/** The customer's PIM plan; it sets the first-response target and who may chat. */
public enum Plan {
    ENTERPRISE, PREMIUM, STARTER, CONNECT
}
