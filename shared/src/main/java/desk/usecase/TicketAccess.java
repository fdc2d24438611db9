package desk.usecase;

import desk.access.AccessRules;
import desk.access.Caller;
import desk.access.TicketParty;
import desk.account.Account;
import desk.identity.Principal;
import desk.store.AccountStore;
import desk.store.PartnerStore;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds a ticket as a caller may see it: the caller's partner and the ticket's account are read as
 * they are now, and {@link AccessRules} decides. A ticket that is not the caller's is not found.
 */
@Singleton
public class TicketAccess {
    private final TicketStore tickets;
    private final AccountStore accounts;
    private final PartnerStore partners;

    TicketAccess(TicketStore tickets, AccountStore accounts, PartnerStore partners) {
        this.tickets = tickets;
        this.accounts = accounts;
        this.partners = partners;
    }

    /** A ticket the caller takes part in, and how. */
    public record Visible(Ticket ticket, TicketParty party, Caller caller) {}

    /** The caller as the rules see it: a partner user with its partner as stored now. */
    public Caller caller(Principal principal) {
        return principal instanceof Principal.PartnerUser user
                ? new Caller(principal, partners.find(user.partnerId()))
                : Caller.of(principal);
    }

    public Optional<Visible> find(Principal principal, String ticketId) {
        if (!TicketIds.isTicketId(ticketId)) {
            return Optional.empty();
        }
        return tickets.find(ticketId).flatMap(ticket -> visible(caller(principal), ticket));
    }

    /** {@code ticket} as {@code caller} may see it, judged on its account as it is now (read only when the rules need it). */
    public Optional<Visible> visible(Caller caller, Ticket ticket) {
        Supplier<Account> accountNow = () -> accounts.find(ticket.accountId()).orElseThrow(
                () -> new IllegalStateException("ticket " + ticket.id() + " names missing account " + ticket.accountId()));
        return AccessRules.partyOf(caller, ticket.summary(), accountNow).map(party -> new Visible(ticket, party, caller));
    }
}
