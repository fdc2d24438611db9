package desk.access;

import static desk.access.AccessFixtures.CONNECTOR;
import static desk.access.AccessFixtures.IBERIA;
import static desk.access.AccessFixtures.NORDIC;
import static desk.access.AccessFixtures.admin;
import static desk.access.AccessFixtures.agent;
import static desk.access.AccessFixtures.customerOf;
import static desk.access.AccessFixtures.direct;
import static desk.access.AccessFixtures.indirect;
import static desk.access.AccessFixtures.ticket;
import static desk.access.AccessFixtures.userOf;
import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.account.Partner;
import desk.account.PartnerAccess;
import desk.identity.Principal;
import desk.ticket.Category;
import desk.ticket.Ticket;
import desk.ticket.TicketKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Over seeded random accounts, openers and callers: a requester-side caller takes part in a
 * ticket only when it acts for the ticket's account today (or is the Solution Partner that opened
 * it), and whoever may open a ticket for an account takes part in the ticket it opens.
 */
class NoCallerReachesBeyondItsTenantTest {
    private static final List<Partner> PARTNERS = List.of(IBERIA, NORDIC, CONNECTOR);

    @Test
    void a_caller_takes_part_only_in_tickets_of_accounts_it_acts_for_today() {
        Random random = new Random(16);
        for (int run = 0; run < 2_000; run++) {
            Account then = randomAccount(random, "a" + random.nextInt(3));
            Caller opener = randomCallerFor(random, then);
            Category category = random.nextBoolean() ? Category.INTEGRATION : Category.PLATFORM;
            if (!(AccessRules.toOpen(opener, then, TicketKind.QUESTION, category, false) instanceof OpeningDecision.Allowed)) {
                continue;
            }
            Ticket ticket = ticket(then, opener, category);
            Account today = randomAccount(random, then.id());
            Caller caller = randomCallerFor(random, today);

            Optional<TicketParty> party = AccessFixtures.partyOf(caller, ticket, today);

            boolean openedItAsSolutionPartner = caller.partner().filter(p -> p.kind() == desk.account.PartnerKind.SOLUTION)
                    .filter(p -> ticket.openedBy() instanceof Principal.PartnerUser o && o.partnerId().equals(p.id())).isPresent();
            if (party.filter(TicketParty.REQUESTER_SIDE::equals).isPresent()) {
                assertThat(AccessRules.actsFor(caller, today) || openedItAsSolutionPartner)
                        .as("run %d: %s on %s", run, caller, today).isTrue();
            }
            if (AccessRules.actsFor(caller, today) && !(caller.principal() instanceof Principal.PartnerUser)) {
                assertThat(party).as("run %d", run).isPresent();
            }
            assertThat(AccessFixtures.partyOf(opener, ticket, then)).as("the opener takes part, run %d", run).isPresent();
        }
    }

    private static Account randomAccount(Random random, String id) {
        List<PartnerAccess> access = new ArrayList<>();
        for (Partner partner : PARTNERS) {
            if (random.nextInt(3) == 0) {
                access.add(new PartnerAccess(partner.id(), random.nextBoolean()));
            }
        }
        PartnerAccess[] granted = access.toArray(PartnerAccess[]::new);
        return random.nextBoolean() ? direct(id, granted) : indirect(id, random.nextBoolean() ? IBERIA : NORDIC, granted);
    }

    private static Caller randomCallerFor(Random random, Account account) {
        return switch (random.nextInt(5)) {
            case 0 -> customerOf(random.nextBoolean() ? account : direct("other"));
            case 1, 2 -> userOf(PARTNERS.get(random.nextInt(PARTNERS.size())));
            case 3 -> agent();
            default -> admin();
        };
    }
}
