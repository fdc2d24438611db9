package desk.intake;

import desk.calendar.BusinessCalendar;
import desk.sla.FirstResponseDeadline;
import desk.sla.FirstResponseTargets;
import desk.sla.ResponseTarget;
import desk.sla.SlaState;
import desk.ticket.Category;
import desk.ticket.IntegrationSupport;
import desk.ticket.ResponseRecipient;
import desk.ticket.Ticket;
import desk.ticket.TicketChange;
import desk.ticket.TicketKind;
import desk.ticket.TicketStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a valid request into the ticket intake stores: its first-response target and deadline
 * from the receipt time, whom support answers, and how far integration support goes.
 */
public record TicketIntake(FirstResponseTargets targets) {

    /** The new ticket and what its receipt announces. */
    public TicketChange open(String ticketId, TicketRequest request, IntakeContext context, Instant receivedAt, BusinessCalendar calendar) {
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
                receivedAt,
                target,
                deadline,
                SlaState.initial(target, deadline),
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
