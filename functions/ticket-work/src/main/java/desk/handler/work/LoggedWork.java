package desk.handler.work;

import desk.api.LocalTimes;
import desk.ticket.SupportOwed;
import desk.ticket.Ticket;
import desk.ticket.WorkLog;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The answer to a work log: the log ({@code minutes} as logged, 7.5 for seven and a half;
 * {@code loggedAt} with the offset of the ticket's calendar zone, as every answer) and what
 * the ticket now adds up to: its whole minutes worked (rounded down, as the bank counts them) and
 * what it owes its bank. Agents only; the charge itself follows from the hour deduction.
 */
@Serdeable
public record LoggedWork(String id, String ticketId, BigDecimal minutes, String note, String loggedBy, String loggedAt,
                         TicketTotals ticket) {

    @Serdeable
    public record TicketTotals(String id, String status, String kind, long minutesWorked, long owedMinutes) {}

    static LoggedWork of(WorkLog log, Ticket ticket) {
        BigDecimal minutes = BigDecimal.valueOf(log.time().toMillis()).divide(BigDecimal.valueOf(60_000), 3, RoundingMode.DOWN)
                .stripTrailingZeros();
        return new LoggedWork(log.id(), log.ticketId(), minutes.scale() < 0 ? minutes.setScale(0) : minutes, log.note(),
                log.agent(), LocalTimes.format(log.loggedAt(), LocalTimes.zoneOf(ticket)), new TicketTotals(ticket.id(), ticket.status().name(), ticket.kind().name(),
                SupportOwed.minutesWorked(ticket.worked()), ticket.owedMinutes()));
    }
}
