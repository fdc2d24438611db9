package desk.store.dynamo;

import desk.identity.Principal;

/** A person as item attributes under a prefix ({@code openedBy}, {@code author}): role, subject and tenant id. */
final class PrincipalAttributes {
    private PrincipalAttributes() {}

    static void write(Item.Builder item, String prefix, Principal principal) {
        item.s(prefix + "Subject", principal.subject()).s(prefix + "Role", principal.role());
        if (principal instanceof Principal.CustomerUser customer) {
            item.s(prefix + "AccountId", customer.accountId());
        }
        if (principal instanceof Principal.PartnerUser partner) {
            item.s(prefix + "PartnerId", partner.partnerId());
        }
    }

    static Principal read(Item.Reader item, String prefix) {
        return Principal.of(item.s(prefix + "Role"), item.s(prefix + "Subject"),
                        item.optionalS(prefix + "AccountId"), item.optionalS(prefix + "PartnerId"))
                .orElseThrow(() -> new IllegalStateException("unreadable " + prefix + " of item " + item.s("pk")));
    }
}
