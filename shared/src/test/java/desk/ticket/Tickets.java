package desk.ticket;

import desk.account.Account;
import desk.account.Contract;
import desk.account.Partner;
import desk.account.PartnerAccess;
import desk.account.PartnerKind;
import desk.account.Plan;
import desk.calendar.BusinessCalendar;
import desk.calendar.Calendars;
import desk.conversation.Message;
import desk.conversation.Visibility;
import desk.identity.Principal;
import desk.intake.IntakeContext;
import desk.intake.TicketIntake;
import desk.intake.TicketRequest;
import desk.sla.FirstResponseTargets;
import desk.sla.SlaState;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Tickets as intake opens them and the messages posted on them, for the ticket's own rules. */
final class Tickets {
    static final BusinessCalendar MADRID = Calendars.spainMadrid();
    static final Principal AGENT = new Principal.SupportAgent("agent-1");
    static final Partner SOLUTION_PARTNER = new Partner("partner-sp", "Solution", PartnerKind.SOLUTION, true, true);
    private static final TicketIntake INTAKE = new TicketIntake(FirstResponseTargets.policyDefaults());
    private static final Random IDS = new Random(7);

    private Tickets() {}

    static Instant madrid(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Madrid")).toInstant();
    }

    static Account direct(Plan plan) {
        return new Account("acct-direct", "Direct", plan, Contract.DIRECT, Optional.empty(), List.of(), "es-madrid");
    }

    static Account indirect() {
        return new Account("acct-indirect", "Indirect", Plan.PREMIUM, Contract.INDIRECT, Optional.of(SOLUTION_PARTNER.id()),
                List.of(new PartnerAccess(SOLUTION_PARTNER.id(), true)), "es-madrid");
    }

    static Principal customerOf(Account account) {
        return new Principal.CustomerUser("customer-1", account.id());
    }

    /** An Enterprise incident by a customer: 2 business hours, announced at risk at 1 h 30 min. */
    static Ticket enterpriseIncidentReceivedAt(Instant receivedAt) {
        return opened(direct(Plan.ENTERPRISE), customerOf(direct(Plan.ENTERPRISE)), TicketKind.INCIDENT, receivedAt).ticket();
    }

    static TicketChange opened(Account account, Principal opener, TicketKind kind, Instant receivedAt) {
        Optional<Partner> partner = opener instanceof Principal.PartnerUser ? Optional.of(SOLUTION_PARTNER) : Optional.empty();
        TicketRequest request = new TicketRequest(Channel.WEB, kind,
                kind == TicketKind.INCIDENT ? Optional.of(Severity.MAJOR) : Optional.empty(), Category.PLATFORM,
                "Export fails", "The nightly export fails",
                new ReplicationDetails(account.id(), Optional.of("Run the export"), Optional.of("A file")), false);
        return INTAKE.open("3f1c2f4e-1111-4a4a-9b9b-000000000001", request, new IntakeContext(account, opener, partner),
                receivedAt, MADRID);
    }

    static Message message(Ticket ticket, Principal author, Visibility visibility, boolean automatic, Instant at) {
        return new Message(Message.newId(at, IDS), ticket.id(), author, "Text", visibility, automatic, at);
    }

    static Message agentReply(Ticket ticket, Instant at) {
        return message(ticket, AGENT, Visibility.PUBLIC, false, at);
    }

    /** The ticket as a sweep would leave it once {@code dueAt} passed unanswered. */
    static Ticket markedBreached(Ticket ticket) {
        return new Ticket(ticket.id(), ticket.accountId(), ticket.openedBy(), ticket.channel(), ticket.kind(), ticket.severity(),
                ticket.category(), ticket.subject(), ticket.description(), ticket.replication(), ticket.needsDetails(),
                ticket.integrationSupport(), ticket.respondTo(), ticket.status(), ticket.assignee(), ticket.followUpOf(),
                ticket.receivedAt(), ticket.target(),
                ticket.deadline(), new SlaState.Breached(Optional.empty()), ticket.worked(), ticket.version() + 1, ticket.announced() + 1);
    }

    static Message customerMessage(Ticket ticket, Instant at) {
        return message(ticket, ticket.openedBy(), Visibility.PUBLIC, false, at);
    }

    /** {@code ticket} moved by an agent through {@code path}, each step as the table allows, at {@code at}. */
    static Ticket movedThrough(Ticket ticket, Instant at, TicketStatus... path) {
        Ticket current = ticket;
        for (TicketStatus next : path) {
            current = accepted(current.withStatus(next, at)).ticket();
        }
        return current;
    }

    static TicketChange accepted(TicketDecision decision) {
        if (decision instanceof TicketDecision.Accepted(TicketChange change)) {
            return change;
        }
        throw new AssertionError("expected the decision to be accepted, was " + decision);
    }
}
