package desk.usecase;

import desk.access.AccessRules;
import desk.access.Caller;
import desk.access.OpeningDecision;
import desk.account.Account;
import desk.identity.Principal;
import desk.intake.IntakeContext;
import desk.intake.TicketForm;
import desk.intake.TicketIntake;
import desk.intake.TicketRequest;
import desk.store.AccountStore;
import desk.store.IdempotencyRecord;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import desk.ticket.TicketChange;
import desk.validation.FieldProblem;
import desk.validation.FormReader;
import desk.validation.Validated;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Opens a ticket from the web form: resolves the account and who opens it, applies intake's
 * rules at the receipt time, and stores the ticket, once per {@code Idempotency-Key}.
 */
@Singleton
public class OpenTicket {
    public sealed interface Outcome {
        /** Stored and announced; {@code plan} is the account's plan at receipt, for the intake figures. */
        record Created(Ticket ticket, desk.account.Plan plan) implements Outcome {}

        /** The same key and body came before: the ticket that request created. */
        record Replayed(Ticket ticket) implements Outcome {}

        record Refused(List<FieldProblem> problems) implements Outcome {}

        /** Unknown, or not the caller's to see: both answer the same, so tenants cannot probe. */
        record AccountNotFound(String accountId) implements Outcome {}

        record UnknownPartner(String partnerId) implements Outcome {}

        /** The caller's role never opens tickets. */
        record Forbidden(String reason) implements Outcome {}

        record KeyReusedWithOtherRequest(String key) implements Outcome {}
    }

    private final AccountStore accounts;
    private final TicketAccess access;
    private final TicketStore tickets;
    private final TicketCalendars calendars;
    private final TicketIntake intake;
    private final IdempotentRequests idempotency;
    private final WriteAttempts attempts;

    OpenTicket(AccountStore accounts, TicketAccess access, TicketStore tickets, TicketCalendars calendars,
               TicketIntake intake, IdempotentRequests idempotency, WriteAttempts attempts) {
        this.accounts = accounts;
        this.access = access;
        this.tickets = tickets;
        this.calendars = calendars;
        this.intake = intake;
        this.idempotency = idempotency;
        this.attempts = attempts;
    }

    public Outcome open(Principal opener, Map<String, Object> form, Instant receivedAt, Optional<IdempotencyKey> key) {
        return attempts.run(() -> idempotency.run(opener, key, receivedAt, new IdempotentRequests.Request<>() {
            @Override
            public Outcome replay(String ticketId) {
                return new Outcome.Replayed(tickets.find(ticketId).orElseThrow(
                        () -> new IllegalStateException("idempotency record names missing ticket " + ticketId)));
            }

            @Override
            public Outcome reusedWithOtherRequest(String reusedKey) {
                return new Outcome.KeyReusedWithOtherRequest(reusedKey);
            }

            @Override
            public Outcome perform(Function<String, Optional<IdempotencyRecord>> claim) {
                return switch (accountIdFor(opener, form)) {
                    case Validated.Invalid<String>(List<FieldProblem> problems) -> new Outcome.Refused(problems);
                    case Validated.Valid<String>(String accountId) -> openFor(accountId, opener, form, receivedAt, claim);
                };
            }
        }));
    }

    private Outcome openFor(String accountId, Principal opener, Map<String, Object> form, Instant receivedAt,
                            Function<String, Optional<IdempotencyRecord>> claim) {
        Caller caller = access.caller(opener);
        if (opener instanceof Principal.PartnerUser partnerUser && caller.partner().isEmpty()) {
            return new Outcome.UnknownPartner(partnerUser.partnerId());
        }
        if (!AccessRules.opensTickets(opener)) {
            return new Outcome.Forbidden("admins manage accounts, partners and calendars; support agents open tickets for customers");
        }
        Optional<Account> account = accounts.find(accountId).filter(a -> AccessRules.actsFor(caller, a));
        if (account.isEmpty()) {
            return new Outcome.AccountNotFound(accountId);
        }
        IntakeContext context = new IntakeContext(account.get(), opener, caller.partner());
        return switch (TicketForm.read(form, context)) {
            case Validated.Invalid<TicketRequest>(List<FieldProblem> problems) -> new Outcome.Refused(problems);
            case Validated.Valid<TicketRequest>(TicketRequest request) -> switch (AccessRules.toOpen(caller, account.get(),
                    request.kind(), request.category(), request.agreedDirectContact())) {
                case OpeningDecision.Refused(List<FieldProblem> problems) -> new Outcome.Refused(problems);
                case OpeningDecision.AccountHidden() -> new Outcome.AccountNotFound(accountId);
                case OpeningDecision.Allowed() -> {
                TicketChange opened = intake.open(UUID.randomUUID().toString(), request, context, receivedAt,
                        calendars.of(account.get()));
                    tickets.create(opened, claim.apply(opened.ticket().id()));
                    yield new Outcome.Created(opened.ticket(), account.get().plan());
                }
            };
        };
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
}
