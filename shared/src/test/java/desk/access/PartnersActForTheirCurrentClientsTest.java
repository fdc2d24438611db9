package desk.access;

import static desk.access.AccessFixtures.CONNECTOR;
import static desk.access.AccessFixtures.IBERIA;
import static desk.access.AccessFixtures.NORDIC;
import static desk.access.AccessFixtures.customerOf;
import static desk.access.AccessFixtures.direct;
import static desk.access.AccessFixtures.indirect;
import static desk.access.AccessFixtures.movedTo;
import static desk.access.AccessFixtures.ticket;
import static desk.access.AccessFixtures.userOf;
import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.account.PartnerAccess;
import desk.ticket.Category;
import desk.ticket.Ticket;
import org.junit.jupiter.api.Test;

/**
 * Policy, "Parties", as issue 16 states it: a Solution Partner acts on its current client accounts'
 * tickets and those it opened; a Technology Partner only on integration tickets of accounts that
 * granted it production access.
 */
class PartnersActForTheirCurrentClientsTest {

    @Test
    void the_solution_partner_of_an_indirect_account_acts_on_a_ticket_its_customer_opened() {
        // given
        Account globex = indirect("globex", IBERIA);
        Ticket ticket = ticket(globex, customerOf(globex), Category.PLATFORM);

        // when / then
        assertThat(AccessFixtures.partyOf(userOf(IBERIA), ticket, globex)).contains(TicketParty.REQUESTER_SIDE);
    }

    @Test
    void the_accounts_new_solution_partner_takes_over_its_tickets_and_the_old_one_loses_those_it_did_not_open() {
        // given: the customer opened the ticket while Iberia was the partner; the account then moved to Nordic
        Account globex = indirect("globex", IBERIA);
        Ticket ticket = ticket(globex, customerOf(globex), Category.PLATFORM);
        Account today = movedTo(globex, NORDIC);

        // when / then
        assertThat(AccessFixtures.partyOf(userOf(NORDIC), ticket, today)).contains(TicketParty.REQUESTER_SIDE);
        assertThat(AccessFixtures.partyOf(userOf(IBERIA), ticket, today)).isEmpty();
    }

    @Test
    void a_solution_partner_keeps_the_tickets_it_opened_itself() {
        // given
        Account globex = indirect("globex", IBERIA);
        Ticket opened = ticket(globex, userOf(IBERIA), Category.PLATFORM);

        // when / then
        assertThat(AccessFixtures.partyOf(userOf(IBERIA), opened, movedTo(globex, NORDIC))).contains(TicketParty.REQUESTER_SIDE);
    }

    @Test
    void a_solution_partner_acts_for_a_direct_account_that_grants_it_access() {
        // given
        Account acme = direct("acme", new PartnerAccess(NORDIC.id(), false));
        Ticket ticket = ticket(acme, customerOf(acme), Category.PLATFORM);

        // when / then
        assertThat(AccessFixtures.partyOf(userOf(NORDIC), ticket, acme)).contains(TicketParty.REQUESTER_SIDE);
        assertThat(AccessFixtures.partyOf(userOf(IBERIA), ticket, acme)).isEmpty();
    }

    @Test
    void a_technology_partner_with_production_access_acts_on_integration_tickets_only() {
        // given
        Account acme = direct("acme", new PartnerAccess(CONNECTOR.id(), true));

        // when / then
        assertThat(AccessFixtures.partyOf(userOf(CONNECTOR), ticket(acme, customerOf(acme), Category.INTEGRATION), acme))
                .contains(TicketParty.REQUESTER_SIDE);
        assertThat(AccessFixtures.partyOf(userOf(CONNECTOR), ticket(acme, customerOf(acme), Category.PLATFORM), acme)).isEmpty();
    }

    @Test
    void a_technology_partner_without_production_access_acts_on_nothing_of_the_account() {
        // given
        Account acme = direct("acme", new PartnerAccess(CONNECTOR.id(), false));

        // when / then
        assertThat(AccessFixtures.partyOf(userOf(CONNECTOR), ticket(acme, customerOf(acme), Category.INTEGRATION), acme)).isEmpty();
        assertThat(AccessRules.actsFor(userOf(CONNECTOR), acme)).isFalse();
    }

    @Test
    void a_technology_partner_loses_the_integration_tickets_it_opened_once_access_is_withdrawn() {
        // given
        Account granted = direct("acme", new PartnerAccess(CONNECTOR.id(), true));
        Ticket opened = ticket(granted, userOf(CONNECTOR), Category.INTEGRATION);

        // when / then
        assertThat(AccessFixtures.partyOf(userOf(CONNECTOR), opened, direct("acme"))).isEmpty();
    }

    @Test
    void a_partner_user_whose_partner_is_not_registered_acts_on_nothing() {
        // given
        Account globex = indirect("globex", IBERIA);
        Caller unregistered = new Caller(userOf(IBERIA).principal(), java.util.Optional.empty());

        // when / then
        assertThat(AccessFixtures.partyOf(unregistered, ticket(globex, customerOf(globex), Category.PLATFORM), globex)).isEmpty();
        assertThat(AccessRules.actsFor(unregistered, globex)).isFalse();
    }
}
