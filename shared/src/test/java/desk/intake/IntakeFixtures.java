package desk.intake;

import desk.calendar.Calendars;

import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.account.Contract;
import desk.account.Partner;
import desk.account.PartnerAccess;
import desk.account.PartnerKind;
import desk.account.Plan;
import desk.calendar.BusinessCalendar;
import desk.identity.Principal;
import desk.sla.FirstResponseTargets;
import desk.ticket.Severity;
import desk.ticket.Ticket;
import desk.validation.FieldProblem;
import desk.validation.Validated;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Named accounts, partners, openers, form bodies and Madrid instants for intake's tests. */
final class IntakeFixtures {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final String SOLUTION_PARTNER_ID = "iberia-solutions";
    static final String TECHNOLOGY_PARTNER_ID = "connector-works";
    static final TicketIntake INTAKE = new TicketIntake(FirstResponseTargets.policyDefaults());

    private static final BusinessCalendar MADRID_CALENDAR = Calendars.spainMadrid();

    private IntakeFixtures() {
    }

    /** The policy's calendar: MON-FRI 08:00-18:00 Madrid, closed on Spain's national holidays. */
    static BusinessCalendar madridCalendar() {
        return MADRID_CALENDAR;
    }

    /** A Madrid wall-clock instant, e.g. {@code madrid("2026-11-27T17:30")}. */
    static Instant madrid(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), MADRID).toInstant();
    }

    // Partners

    /** A Solution Partner (certified by definition) with technical knowledge. */
    static Partner solutionPartner() {
        return new Partner(SOLUTION_PARTNER_ID, "Iberia Solutions", PartnerKind.SOLUTION, true, true);
    }

    static Partner solutionPartnerWithoutTechnicalKnowledge() {
        return new Partner(SOLUTION_PARTNER_ID, "Iberia Solutions", PartnerKind.SOLUTION, true, false);
    }

    static Partner technologyPartner(boolean certified, boolean technicalKnowledge) {
        return new Partner(TECHNOLOGY_PARTNER_ID, "Connector Works", PartnerKind.TECHNOLOGY, certified, technicalKnowledge);
    }

    // Accounts

    static Account directAccount(Plan plan, PartnerAccess... access) {
        return new Account("acme", "Acme Retail", plan, Contract.DIRECT, Optional.empty(), List.of(access), "es-madrid");
    }

    /** An account whose contract was signed through {@value #SOLUTION_PARTNER_ID}. */
    static Account indirectAccount(Plan plan, PartnerAccess... access) {
        return new Account("globex", "Globex Foods", plan, Contract.INDIRECT, Optional.of(SOLUTION_PARTNER_ID),
                List.of(access), "es-madrid");
    }

    // Who opens

    static IntakeContext byCustomerOf(Account account) {
        return new IntakeContext(account, new Principal.CustomerUser("user-1", account.id()), Optional.empty());
    }

    static IntakeContext byPartner(Account account, Partner partner) {
        return new IntakeContext(account, new Principal.PartnerUser("partner-user-1", partner.id()), Optional.of(partner));
    }

    static IntakeContext byAgent(Account account) {
        return new IntakeContext(account, new Principal.SupportAgent("agent-1"), Optional.empty());
    }

    static IntakeContext byAdmin(Account account) {
        return new IntakeContext(account, new Principal.Admin("admin-1"), Optional.empty());
    }

    // Form bodies, as decoded from JSON (mutable, so a test may add nulls)

    static Map<String, Object> question() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "QUESTION");
        body.put("subject", "How do I export a channel?");
        body.put("description", "I need the product feed as CSV.");
        return body;
    }

    static Map<String, Object> incident(Severity severity) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "INCIDENT");
        body.put("severity", severity.name());
        body.put("subject", "Import fails");
        body.put("description", "The nightly import stops with an error.");
        body.put("steps", "Run the nightly import profile");
        body.put("expectedResult", "All products imported");
        return body;
    }

    static Map<String, Object> accountRequest() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ACCOUNT_REQUEST");
        body.put("subject", "Contract renewal");
        body.put("description", "We want to renew for two more years.");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static Map<String, Object> without(Map<String, Object> body, String... fields) {
        Map<String, Object> copy = new HashMap<>(body);
        Arrays.asList(fields).forEach(copy::remove);
        return copy;
    }

    // Reading and opening

    static TicketRequest accepted(Validated<TicketRequest> read) {
        assertThat(read).isInstanceOf(Validated.Valid.class);
        return ((Validated.Valid<TicketRequest>) read).value();
    }

    static List<FieldProblem> refused(Validated<TicketRequest> read) {
        assertThat(read).isInstanceOf(Validated.Invalid.class);
        return ((Validated.Invalid<TicketRequest>) read).problems();
    }

    /** Reads the body as the web form would and opens the accepted request at {@code receivedAt}. */
    static Ticket open(Map<String, Object> body, IntakeContext context, Instant receivedAt) {
        TicketRequest request = accepted(TicketForm.read(body, context));
        return INTAKE.open("ticket-1", request, context, receivedAt, madridCalendar()).ticket();
    }
}
