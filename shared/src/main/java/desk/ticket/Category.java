package desk.ticket;

/**
 * What a ticket is about. The last four are out of support scope: such tickets are accepted,
 * marked, and still owed a first response telling whether the behaviour is expected.
 */
public enum Category {
    PLATFORM(false),
    INTEGRATION(false),
    CUSTOM_FORMULA_REVIEW(true),
    THIRD_PARTY_INTEGRATION(true),
    CUSTOMER_NETWORK_PERFORMANCE(true),
    CUSTOM_MODIFICATION(true);

    private final boolean outOfSupportScope;

    Category(boolean outOfSupportScope) {
        this.outOfSupportScope = outOfSupportScope;
    }

    public boolean isOutOfSupportScope() {
        return outOfSupportScope;
    }
}
