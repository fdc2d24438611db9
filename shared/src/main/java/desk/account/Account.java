package desk.account;

import desk.mail.MailAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer of the vendor. An INDIRECT account names the Solution Partner its contract was
 * signed through; partners listed in {@code partnerAccess} may open tickets for it. Its account
 * requests go to its Customer Success Manager ({@code successManagerId}, the manager's
 * identity-provider subject; absent only on an account stored before managers were named).
 * Mail from an address in {@code mailUsers} is that customer user's; mail from any other address
 * at one of {@code mailDomains} (lower-case) is the account's, from a person it does not know yet.
 */
public record Account(
        String id,
        String name,
        Plan plan,
        Contract contract,
        Optional<String> solutionPartnerId,
        List<PartnerAccess> partnerAccess,
        String calendarId,
        Optional<String> successManagerId,
        List<String> mailDomains,
        List<MailUser> mailUsers) {

    /** An account without a named Customer Success Manager. */
    public Account(String id, String name, Plan plan, Contract contract, Optional<String> solutionPartnerId,
                   List<PartnerAccess> partnerAccess, String calendarId) {
        this(id, name, plan, contract, solutionPartnerId, partnerAccess, calendarId, Optional.empty());
    }

    /** An account known by no mail address or domain. */
    public Account(String id, String name, Plan plan, Contract contract, Optional<String> solutionPartnerId,
                   List<PartnerAccess> partnerAccess, String calendarId, Optional<String> successManagerId) {
        this(id, name, plan, contract, solutionPartnerId, partnerAccess, calendarId, successManagerId, List.of(), List.of());
    }

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(solutionPartnerId, "solutionPartnerId");
        partnerAccess = List.copyOf(partnerAccess);
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(successManagerId, "successManagerId");
        mailDomains = mailDomains.stream().map(domain -> domain.toLowerCase(Locale.ROOT)).toList();
        mailUsers = List.copyOf(mailUsers);
        if ((contract == Contract.INDIRECT) != solutionPartnerId.isPresent()) {
            throw new IllegalArgumentException("an account names a Solution Partner exactly when its contract is INDIRECT");
        }
    }

    /** The Solution Partner of an indirect account, or a partner granted access, acts for this account. */
    public boolean isClientOf(String partnerId) {
        return solutionPartnerId.filter(partnerId::equals).isPresent()
                || partnerAccess.stream().anyMatch(access -> access.partnerId().equals(partnerId));
    }

    public boolean grantsProductionAccessTo(String partnerId) {
        return partnerAccess.stream()
                .anyMatch(access -> access.partnerId().equals(partnerId) && access.productionAccess());
    }

    /** One link per partner that acts for this account, the Solution Partner first, then access entries in order. */
    public List<ClientLink> clientLinks() {
        Map<String, ClientLink> links = new LinkedHashMap<>();
        solutionPartnerId.ifPresent(partnerId -> links.put(partnerId,
                new ClientLink(partnerId, id, ClientLink.Relation.SOLUTION_PARTNER, grantsProductionAccessTo(partnerId))));
        for (PartnerAccess access : partnerAccess) {
            links.putIfAbsent(access.partnerId(),
                    new ClientLink(access.partnerId(), id, ClientLink.Relation.ACCESS, access.productionAccess()));
        }
        return List.copyOf(links.values());
    }

    public boolean isIndirect() {
        return contract == Contract.INDIRECT;
    }

    /** The known customer user writing from this address. */
    public Optional<MailUser> mailUser(MailAddress address) {
        return mailUsers.stream().filter(user -> user.address().key().equals(address.key())).findFirst();
    }

    /** Whether mail from this address is the account's by its domain. */
    public boolean ownsDomainOf(MailAddress address) {
        return mailDomains.contains(address.domain());
    }

    /** The same account with this mail identity. */
    public Account withMail(List<String> domains, List<MailUser> users) {
        return new Account(id, name, plan, contract, solutionPartnerId, partnerAccess, calendarId, successManagerId, domains, users);
    }
}
