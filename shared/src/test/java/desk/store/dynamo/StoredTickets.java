package desk.store.dynamo;

import desk.account.Account;
import desk.account.Contract;
import desk.account.Partner;
import desk.account.PartnerAccess;
import desk.account.PartnerKind;
import desk.account.Plan;
import desk.calendar.BusinessCalendar;
import desk.calendar.BusinessTime;
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
import desk.ticket.TicketChange;
import desk.ticket.TicketKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Tickets as intake makes them, with what their receipt announces, for store tests: each shape the item mapping must carry. */
final class StoredTickets {
    static final BusinessCalendar MADRID = Calendars.spainMadrid();
    static final Partner SOLUTION_PARTNER = new Partner("sp-" + suffix(), "Solution", PartnerKind.SOLUTION, true, true);
    private static final TicketIntake INTAKE = new TicketIntake(FirstResponseTargets.policyDefaults());

    private StoredTickets() {}

    static Account direct(Plan plan) {
        return new Account("acct-" + suffix(), "Direct", plan, Contract.DIRECT, Optional.empty(), List.of(), "es-madrid");
    }

    static Account indirect() {
        return new Account("acct-" + suffix(), "Indirect", Plan.PREMIUM, Contract.INDIRECT,
                Optional.of(SOLUTION_PARTNER.id()), List.of(new PartnerAccess(SOLUTION_PARTNER.id(), true)), "es-madrid");
    }

    static TicketChange incident(Account account, Severity severity, Instant receivedAt) {
        return open(account, new Principal.CustomerUser("user-1", account.id()), Optional.empty(),
                new TicketRequest(Channel.WEB, TicketKind.INCIDENT, Optional.of(severity), Category.PLATFORM, "Broken", "It broke",
                        new ReplicationDetails(account.id(), Optional.of("Click export"), Optional.of("An export")), false),
                receivedAt);
    }

    static TicketChange question(Account account, Instant receivedAt) {
        return open(account, new Principal.CustomerUser("user-1", account.id()), Optional.empty(),
                new TicketRequest(Channel.WEB, TicketKind.QUESTION, Optional.empty(), Category.CUSTOM_FORMULA_REVIEW, "How?", "How to",
                        new ReplicationDetails(account.id(), Optional.empty(), Optional.empty()), false),
                receivedAt);
    }

    static TicketChange integrationByPartner(Account account, Instant receivedAt) {
        return open(account, new Principal.PartnerUser("partner-user", SOLUTION_PARTNER.id()), Optional.of(SOLUTION_PARTNER),
                new TicketRequest(Channel.WEB, TicketKind.QUESTION, Optional.empty(), Category.INTEGRATION, "Connector", "Export check",
                        new ReplicationDetails(account.id(), Optional.of("Run connector"), Optional.empty()), true),
                receivedAt);
    }

    static TicketChange accountRequest(Account account, Instant receivedAt) {
        return open(account, new Principal.SupportAgent("agent-1"), Optional.empty(),
                new TicketRequest(Channel.WEB, TicketKind.ACCOUNT_REQUEST, Optional.empty(), Category.PLATFORM, "More users", "Upsell",
                        new ReplicationDetails(account.id(), Optional.empty(), Optional.empty()), false),
                receivedAt);
    }

    /** A Premium question on the demo calendar with short days, received on 24 December 2026 at 13:00 Madrid. */
    static TicketChange questionOnAShortDay(Account account) {
        return INTAKE.open(UUID.randomUUID().toString(),
                new TicketRequest(Channel.WEB, TicketKind.QUESTION, Optional.empty(), Category.CUSTOM_FORMULA_REVIEW, "How?", "How to",
                        new ReplicationDetails(account.id(), Optional.empty(), Optional.empty()), false),
                new IntakeContext(account, new Principal.CustomerUser("user-1", account.id()), Optional.empty()),
                Instant.parse("2026-12-24T12:00:00Z"), Calendars.madridWithShortDaysAndSummerHours());
    }

    /** A Starter question under a target configured as one business day, received on a Saturday. */
    static TicketChange questionWithATargetInBusinessDays(Account starter) {
        var days = new FirstResponseTargets(Map.of(
                Plan.ENTERPRISE, BusinessTime.hours(Duration.ofHours(2)), Plan.PREMIUM, BusinessTime.hours(Duration.ofHours(12)),
                Plan.STARTER, BusinessTime.days(1), Plan.CONNECT, BusinessTime.hours(Duration.ofHours(10))),
                BusinessTime.hours(Duration.ofHours(30)), 0.75);
        return new TicketIntake(days).open(UUID.randomUUID().toString(),
                new TicketRequest(Channel.WEB, TicketKind.QUESTION, Optional.empty(), Category.PLATFORM, "How?", "How to",
                        new ReplicationDetails(starter.id(), Optional.empty(), Optional.empty()), false),
                new IntakeContext(starter, new Principal.CustomerUser("user-1", starter.id()), Optional.empty()),
                Instant.parse("2026-11-28T10:00:00Z"), MADRID);
    }

    static TicketChange openedDirectlyByIndirectAccount(Account indirect, Instant receivedAt) {
        return question(indirect, receivedAt);
    }

    private static TicketChange open(Account account, Principal opener, Optional<Partner> partner, TicketRequest request, Instant receivedAt) {
        return INTAKE.open(UUID.randomUUID().toString(), request, new IntakeContext(account, opener, partner), receivedAt, MADRID);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
