package desk.usecase;

import desk.account.Account;
import desk.account.Partner;
import desk.calendar.BusinessCalendar;
import desk.calendar.CalendarCatalog;
import desk.identity.Principal;
import desk.intake.IntakeContext;
import desk.intake.TicketForm;
import desk.intake.TicketIntake;
import desk.intake.TicketRequest;
import desk.store.AccountStore;
import desk.store.ConcurrentUpdateException;
import desk.store.IdempotencyKeyTakenException;
import desk.store.IdempotencyRecord;
import desk.store.PartnerStore;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import desk.validation.FieldProblem;
import desk.validation.FormReader;
import desk.validation.Validated;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens a ticket from the web form: resolves the account and who opens it, applies intake's
 * rules at the receipt time, and stores the ticket, once per {@code Idempotency-Key}.
 */
@Singleton
public class OpenTicket {
    private static final int ATTEMPTS = 3;

    public sealed interface Outcome {
        record Created(Ticket ticket) implements Outcome {}

        /** The same key and body came before: the ticket that request created. */
        record Replayed(Ticket ticket) implements Outcome {}

        record Refused(List<FieldProblem> problems) implements Outcome {}

        /** Unknown, or not the caller's to see: both answer the same, so tenants cannot probe. */
        record AccountNotFound(String accountId) implements Outcome {}

        record UnknownPartner(String partnerId) implements Outcome {}

        record KeyReusedWithOtherRequest(String key) implements Outcome {}
    }

    private final AccountStore accounts;
    private final PartnerStore partners;
    private final TicketStore tickets;
    private final CalendarCatalog calendars;
    private final TicketIntake intake;
    private final Duration idempotencyTtl;

    OpenTicket(AccountStore accounts, PartnerStore partners, TicketStore tickets, CalendarCatalog calendars,
               TicketIntake intake, @Value("${desk.idempotency.ttl:PT24H}") String idempotencyTtl) {
        this.accounts = accounts;
        this.partners = partners;
        this.tickets = tickets;
        this.calendars = calendars;
        this.intake = intake;
        this.idempotencyTtl = Duration.parse(idempotencyTtl);
    }

    public Outcome open(Principal opener, Map<String, Object> form, Instant receivedAt, Optional<IdempotencyKey> key) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(opener, form, receivedAt, key);
            } catch (ConcurrentUpdateException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Outcome attempt(Principal opener, Map<String, Object> form, Instant receivedAt, Optional<IdempotencyKey> key) {
        Optional<Outcome> replay = key.flatMap(k -> earlierOutcome(opener, k, receivedAt));
        if (replay.isPresent()) {
            return replay.get();
        }
        return switch (accountIdFor(opener, form)) {
            case Validated.Invalid<String>(List<FieldProblem> problems) -> new Outcome.Refused(problems);
            case Validated.Valid<String>(String accountId) -> openFor(accountId, opener, form, receivedAt, key);
        };
    }

    private Outcome openFor(String accountId, Principal opener, Map<String, Object> form, Instant receivedAt, Optional<IdempotencyKey> key) {
        Optional<Partner> openingPartner = Optional.empty();
        if (opener instanceof Principal.PartnerUser partnerUser) {
            openingPartner = partners.find(partnerUser.partnerId());
            if (openingPartner.isEmpty()) {
                return new Outcome.UnknownPartner(partnerUser.partnerId());
            }
        }
        Optional<Account> account = accounts.find(accountId).filter(a -> mayActFor(opener, a));
        if (account.isEmpty()) {
            return new Outcome.AccountNotFound(accountId);
        }
        IntakeContext context = new IntakeContext(account.get(), opener, openingPartner);
        return switch (TicketForm.read(form, context)) {
            case Validated.Invalid<TicketRequest>(List<FieldProblem> problems) -> new Outcome.Refused(problems);
            case Validated.Valid<TicketRequest>(TicketRequest request) -> store(opener, key, receivedAt,
                    intake.open(UUID.randomUUID().toString(), request, context, receivedAt, calendarOf(account.get())));
        };
    }

    private Outcome store(Principal opener, Optional<IdempotencyKey> key, Instant receivedAt, Ticket ticket) {
        Optional<IdempotencyRecord> record = key.map(k -> new IdempotencyRecord(
                opener.scopeKey(), k.key(), k.requestFingerprint(), ticket.id(), receivedAt.plus(idempotencyTtl)));
        try {
            tickets.create(ticket, record);
            return new Outcome.Created(ticket);
        } catch (IdempotencyKeyTakenException e) {
            // A concurrent retry under the same key won the race: answer with what it created.
            return earlierOutcome(opener, key.orElseThrow(), receivedAt)
                    .orElseThrow(() -> new ConcurrentUpdateException("idempotency record vanished", e));
        }
    }

    private Optional<Outcome> earlierOutcome(Principal opener, IdempotencyKey key, Instant now) {
        return tickets.findIdempotency(opener.scopeKey(), key.key())
                .filter(record -> record.isLiveAt(now))
                .map(record -> record.requestFingerprint().equals(key.requestFingerprint())
                        ? new Outcome.Replayed(tickets.find(record.ticketId()).orElseThrow(
                                () -> new IllegalStateException("idempotency record names missing ticket " + record.ticketId())))
                        : new Outcome.KeyReusedWithOtherRequest(key.key()));
    }

    /** A customer opens for its own account; partners and staff name the account they act for. */
    private static Validated<String> accountIdFor(Principal opener, Map<String, Object> form) {
        FormReader reader = new FormReader(form);
        Optional<String> named = reader.id("accountId");
        if (!reader.problems().isEmpty()) {
            return Validated.invalid(reader.problems());
        }
        if (opener instanceof Principal.CustomerUser customer) {
            return Validated.valid(named.orElse(customer.accountId()));
        }
        return named.<Validated<String>>map(Validated::valid).orElseGet(() -> Validated.invalid(
                List.of(FieldProblem.of("accountId", "is required: name the account this ticket is for"))));
    }

    private static boolean mayActFor(Principal opener, Account account) {
        return switch (opener) {
            case Principal.CustomerUser customer -> customer.accountId().equals(account.id());
            case Principal.PartnerUser partner -> account.isClientOf(partner.partnerId());
            case Principal.SupportAgent agent -> true;
            case Principal.Admin admin -> true;
        };
    }

    private BusinessCalendar calendarOf(Account account) {
        return calendars.find(account.calendarId()).orElseThrow(() -> new IllegalStateException(
                "account " + account.id() + " names calendar " + account.calendarId() + ", which is not configured"));
    }
}
