package desk.access;

import static desk.access.AccessFixtures.IBERIA;
import static desk.access.AccessFixtures.admin;
import static desk.access.AccessFixtures.agent;
import static desk.access.AccessFixtures.customerOf;
import static desk.access.AccessFixtures.direct;
import static desk.access.AccessFixtures.ticket;
import static desk.access.AccessFixtures.userOf;
import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.conversation.Visibility;
import desk.identity.Principal;
import desk.ticket.Category;
import desk.ticket.Ticket;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's roles: only agents post internal notes, reclassify, assign and change status; only
 * admins manage accounts, partners and calendars; a person's subject stays within their party.
 */
class EachRoleDoesItsOwnWorkTest {
    private final Account acme = direct("acme");
    private final Ticket ticket = ticket(acme, customerOf(acme), Category.PLATFORM);

    @Test
    void an_agent_supports_every_ticket_and_writes_every_kind_of_message() {
        TicketParty party = AccessFixtures.partyOf(agent(), ticket, acme).orElseThrow();

        assertThat(party).isEqualTo(TicketParty.SUPPORT);
        assertThat(party.mayPost(Visibility.INTERNAL)).isTrue();
        assertThat(party.mayWork()).isTrue();
        assertThat(AccessRules.worksTickets(agent().principal())).isTrue();
    }

    @Test
    void an_admin_oversees_tickets_reading_internal_notes_but_writing_nothing() {
        TicketParty party = AccessFixtures.partyOf(admin(), ticket, acme).orElseThrow();

        assertThat(party.seesInternal()).isTrue();
        assertThat(party.mayPost(Visibility.PUBLIC)).isFalse();
        assertThat(party.mayWork()).isFalse();
        assertThat(AccessRules.opensTickets(admin().principal())).isFalse();
        assertThat(AccessRules.worksTickets(admin().principal())).isFalse();
    }

    @Test
    void the_requester_side_posts_public_messages_only_and_never_works_the_ticket() {
        TicketParty party = AccessFixtures.partyOf(customerOf(acme), ticket, acme).orElseThrow();

        assertThat(party.mayPost(Visibility.PUBLIC)).isTrue();
        assertThat(party.mayPost(Visibility.INTERNAL)).isFalse();
        assertThat(party.seesInternal()).isFalse();
        assertThat(party.mayWork()).isFalse();
    }

    @Test
    void staff_and_customers_are_judged_on_the_ticket_alone_and_only_a_partner_needs_the_account_as_it_is_now() {
        java.util.function.Supplier<Account> unread = () -> {
            throw new AssertionError("the account was read");
        };

        assertThat(AccessRules.partyOf(agent(), ticket.summary(), unread)).contains(TicketParty.SUPPORT);
        assertThat(AccessRules.partyOf(admin(), ticket.summary(), unread)).contains(TicketParty.OVERSIGHT);
        assertThat(AccessRules.partyOf(customerOf(acme), ticket.summary(), unread)).contains(TicketParty.REQUESTER_SIDE);
        assertThat(AccessRules.partyOf(customerOf(direct("other")), ticket.summary(), unread)).isEmpty();
        assertThat(AccessRules.partyOf(userOf(IBERIA), ticket.summary(), () -> acme)).isEmpty();
    }

    @Test
    void only_admins_manage_configuration_and_only_staff_read_it() {
        assertThat(AccessRules.managesConfiguration(admin().principal())).isTrue();
        assertThat(AccessRules.managesConfiguration(agent().principal())).isFalse();
        assertThat(AccessRules.readsConfiguration(agent().principal())).isTrue();
        assertThat(AccessRules.readsConfiguration(customerOf(acme).principal())).isFalse();
        assertThat(AccessRules.readsConfiguration(userOf(IBERIA).principal())).isFalse();
    }

    @Test
    void a_persons_subject_is_shown_within_their_own_party_only() {
        Principal customer = new Principal.CustomerUser("alice", "acme");
        Principal colleague = new Principal.CustomerUser("bob", "acme");
        Principal otherTenant = new Principal.CustomerUser("carol", "globex");
        Principal partnerUser = new Principal.PartnerUser("pat", "iberia");
        Principal agent = new Principal.SupportAgent("sam");

        assertThat(AccessRules.showsSubject(colleague, customer)).isTrue();
        assertThat(AccessRules.showsSubject(otherTenant, customer)).isFalse();
        assertThat(AccessRules.showsSubject(agent, customer)).isFalse();
        assertThat(AccessRules.showsSubject(partnerUser, customer)).isFalse();
        assertThat(AccessRules.showsSubject(customer, agent)).isFalse();
        assertThat(AccessRules.showsSubject(new Principal.Admin("ada"), agent)).isTrue();
        assertThat(AccessRules.showsSubject(new Principal.PartnerUser("pia", "iberia"), partnerUser)).isTrue();
        assertThat(AccessRules.showsSubject(new Principal.PartnerUser("nils", "nordic"), partnerUser)).isFalse();
    }
}
