package desk.intake;

import desk.calendar.BusinessCalendar;
import desk.conversation.Message;
import desk.sla.FirstResponseDeadline;
import desk.sla.FirstResponseTargets;
import desk.sla.ResponseTarget;
import desk.sla.SlaState;
import desk.ticket.Category;
import desk.ticket.Channel;
import desk.ticket.IntegrationSupport;
import desk.ticket.ResponseRecipient;
import desk.ticket.Ticket;
import desk.ticket.TicketChange;
import desk.ticket.TicketKind;
import desk.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a valid request into the ticket intake stores: its first-response target and deadline
 * from the receipt time, whom support answers, and how far integration support goes.
 */
public record TicketIntake(FirstResponseTargets targets) {
    private static final String FOLLOW_UP_PREFIX = "Follow-up: ";

    /** The new ticket and what its receipt announces. */
    public TicketChange open(String ticketId, TicketRequest request, IntakeContext context, Instant receivedAt, BusinessCalendar calendar) {
        return open(ticketId, request, context, receivedAt, calendar, Optional.empty());
    }

    /**
     * What a closed ticket's requester asks in a new message, as the follow-up ticket it opens:
     * the closed ticket's account, kind, severity, category and replication details, its subject
     * prefixed, the message as its description, opened by the message's author when the platform
     * received the message and linked to the closed ticket. Target, deadline and routing follow
     * intake's rules as for any new ticket (an agreement to answer an indirect account's end
     * customer carries over).
     */
    public TicketChange followUp(String ticketId, Ticket closed, Message message, Channel channel, IntakeContext context,
                                 BusinessCalendar calendar) {
        if (!context.account().id().equals(closed.accountId()) || !context.opener().equals(message.author())) {
            throw new IllegalArgumentException("a follow-up is opened for the closed ticket's account by the message's author");
        }
        return open(ticketId, followUpRequest(closed, message, channel), context, message.postedAt(), calendar,
                Optional.of(closed.id()));
    }

    /** The request a follow-up of {@code closed} amounts to. */
    public static TicketRequest followUpRequest(Ticket closed, Message message, Channel channel) {
        String subject = FOLLOW_UP_PREFIX + closed.subject();
        return new TicketRequest(channel, closed.kind(), closed.severity(), closed.category(),
                subject.length() > TicketForm.SUBJECT_MAX ? subject.substring(0, TicketForm.SUBJECT_MAX) : subject,
                message.body(), closed.replication(), closed.respondTo() instanceof ResponseRecipient.Requester);
    }

    private TicketChange open(String ticketId, TicketRequest request, IntakeContext context, Instant receivedAt,
                              BusinessCalendar calendar, Optional<String> followUpOf) {
        ResponseTarget target = new FirstResponsePolicy(targets).targetFor(context.account(), context.opener(), request.kind());
        Optional<FirstResponseDeadline> deadline = FirstResponseDeadline.of(target, receivedAt, calendar, targets);
        return new Ticket(
                ticketId,
                context.account().id(),
                context.opener(),
                request.channel(),
                request.kind(),
                request.severity(),
                request.category(),
                request.subject(),
                request.description(),
                request.replication(),
                request.kind() == TicketKind.INCIDENT && !request.replication().isComplete(),
                integrationSupport(request, context),
                recipient(request, context),
                TicketStatus.NEW,
                Optional.empty(),
                followUpOf,
                receivedAt,
                target,
                deadline,
                SlaState.initial(target, deadline),
                Duration.ZERO,
                Ticket.NEW_VERSION,
                0).received();
    }

    /** Full integration support needs a certified partner with the technical knowledge and production access. */
    private static IntegrationSupport integrationSupport(TicketRequest request, IntakeContext context) {
        if (request.category() != Category.INTEGRATION) {
            return IntegrationSupport.NOT_APPLICABLE;
        }
        boolean eligible = context.openingPartner()
                .filter(partner -> partner.certified() && partner.technicalKnowledge())
                .filter(partner -> context.account().grantsProductionAccessTo(partner.id()))
                .isPresent();
        return eligible ? IntegrationSupport.FULL : IntegrationSupport.DOCUMENTATION_AND_EXPORT_CHECK;
    }

    private static ResponseRecipient recipient(TicketRequest request, IntakeContext context) {
        if (context.account().isIndirect() && !request.agreedDirectContact()) {
            return new ResponseRecipient.SolutionPartner(context.account().solutionPartnerId().orElseThrow());
        }
        return new ResponseRecipient.Requester();
    }
}
