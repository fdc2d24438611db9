package desk.access;

import desk.account.Account;
import desk.account.Contract;
import desk.account.Partner;
import desk.account.PartnerAccess;
import desk.account.PartnerKind;
import desk.account.Plan;
import desk.calendar.Calendars;
import desk.identity.Principal;
import desk.intake.IntakeContext;
import desk.intake.TicketIntake;
import desk.intake.TicketRequest;
import desk.sla.FirstResponseTargets;
import desk.ticket.Category;
import desk.ticket.Channel;
import desk.ticket.ReplicationDetails;
import desk.ticket.Severity;
import desk.ticket.Ticket;
import desk.ticket.TicketKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Parties of the access rules' tests: two tenants each way, and a ticket opened through intake. */
final class AccessFixtures {
    static final Partner IBERIA = new Partner("iberia", "Iberia Solutions", PartnerKind.SOLUTION, true, true);
    static final Partner NORDIC = new Partner("nordic", "Nordic Solutions", PartnerKind.SOLUTION, true, true);
    static final Partner CONNECTOR = new Partner("connector", "Connector Works", PartnerKind.TECHNOLOGY, true, true);
    static final Instant RECEIVED = Instant.parse("2026-11-23T09:00:00Z");
    private static final TicketIntake INTAKE = new TicketIntake(FirstResponseTargets.policyDefaults());

    private AccessFixtures() {}

    static Account direct(String id, PartnerAccess... access) {
        return new Account(id, "Direct " + id, Plan.PREMIUM, Contract.DIRECT, Optional.empty(), List.of(access), "es-madrid");
    }

    static Account indirect(String id, Partner solutionPartner, PartnerAccess... access) {
        return new Account(id, "Indirect " + id, Plan.PREMIUM, Contract.INDIRECT, Optional.of(solutionPartner.id()),
                List.of(access), "es-madrid");
    }

    /** The same account, now signed through another Solution Partner. */
    static Account movedTo(Account account, Partner solutionPartner) {
        return new Account(account.id(), account.name(), account.plan(), Contract.INDIRECT, Optional.of(solutionPartner.id()),
                account.partnerAccess(), account.calendarId());
    }

    static Caller customerOf(Account account) {
        return Caller.of(new Principal.CustomerUser("user-of-" + account.id(), account.id()));
    }

    static Caller userOf(Partner partner) {
        return new Caller(new Principal.PartnerUser("user-of-" + partner.id(), partner.id()), Optional.of(partner));
    }

    static Caller agent() {
        return Caller.of(new Principal.SupportAgent("agent-1"));
    }

    static Caller admin() {
        return Caller.of(new Principal.Admin("admin-1"));
    }

    /** The rule on a whole ticket and its account as it is now, as the use cases ask it. */
    static java.util.Optional<TicketParty> partyOf(Caller caller, Ticket ticket, Account account) {
        return AccessRules.partyOf(caller, ticket.summary(), () -> account);
    }

    static Ticket ticket(Account account, Caller opener, Category category) {
        TicketRequest request = new TicketRequest(Channel.WEB, TicketKind.INCIDENT, Optional.of(Severity.MINOR), category,
                "Sync fails", "The connector sync fails", new ReplicationDetails(account.id(), Optional.of("Sync"),
                Optional.of("Synced")), false);
        return INTAKE.open("3f1c2f4e-1111-4a4a-9b9b-000000000001", request,
                new IntakeContext(account, opener.principal(), opener.partner()), RECEIVED, Calendars.spainMadrid()).ticket();
    }
}
