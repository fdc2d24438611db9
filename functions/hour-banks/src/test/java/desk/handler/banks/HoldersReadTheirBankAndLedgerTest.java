package desk.handler.banks;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.account.Account;
import desk.account.Contract;
import desk.account.Plan;
import desk.api.testing.FunctionHarness;
import desk.bank.BankHolder;
import desk.bank.SupportContract;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.store.AccountStore;
import desk.store.SupportContracts;
import desk.store.TicketStore;
import desk.ticket.OwedReason;
import desk.usecase.OpenTicket;
import desk.usecase.PostMessage;
import desk.usecase.ReclassifyTicket;
import desk.usecase.SettleHourBanks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /banks/{holder}} through the real handler on DynamoDB Local, from the sample event.
 * Issue 17: allowance, used, remaining, overage, the contract year, the ledger newest first and
 * paged, {@code ?year=} for other years; the holder's users and vendor staff read it, anyone else
 * is told it does not exist. Policy, "Support-hour bank": a question engaged is charged, and
 * refunded when it becomes an incident.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class HoldersReadTheirBankAndLedgerTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-24T09:00:00Z");
    private static final Principal AGENT = new Principal.SupportAgent("agent-nuria");

    private static FunctionHarness harness;
    private static GetBankHandler getBank;

    @BeforeAll
    static void start(LocalDesk desk) {
        harness = FunctionHarness.of(desk, "GetBankFunction");
        getBank = new GetBankHandler(harness.context());
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void a_question_charged_then_refunded_shows_both_entries_newest_first_and_the_balance_back_at_the_allowance() {
        String account = directAccountWithContract(10);
        String ticket = chargedQuestion(account);
        reclassifyAndSettle(ticket, Map.of("kind", "INCIDENT", "severity", "MINOR"), RECEIVED.plusSeconds(7200));

        APIGatewayV2HTTPResponse response = getBank.handleRequest(read("account:" + account, customerOf(account), Map.of()), null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        Map<String, Object> body = harness.body(response);
        assertThat(body).containsEntry("holder", "account:" + account).containsEntry("holderKind", "ACCOUNT")
                .containsEntry("allowanceMinutes", 600).containsEntry("usedMinutes", 0).containsEntry("remainingMinutes", 600)
                .containsEntry("overageMinutes", 0);
        assertThat(map(body.get("contractYear"))).containsEntry("number", 1).containsEntry("start", "2026-01-01T00:00:00+01:00")
                .containsEntry("zone", "Europe/Madrid");
        assertThat(maps(body.get("ledger"))).extracting(e -> e.get("kind"), e -> e.get("minutes"), e -> e.get("reason"),
                e -> e.get("balanceAfter"), e -> e.get("ticketId")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("REFUND", 15, "RECLASSIFIED", 600, ticket),
                org.assertj.core.groups.Tuple.tuple("CHARGE", 15, "FIRST_RESPONSE", 585, ticket));
    }

    @Test
    void the_ledger_pages_newest_first_with_a_cursor_that_belongs_to_its_list() {
        String account = directAccountWithContract(10);
        String ticket = chargedQuestion(account);
        reclassifyAndSettle(ticket, Map.of("kind", "INCIDENT", "severity", "MINOR"), RECEIVED.plusSeconds(7200));
        reclassifyAndSettle(ticket, Map.of("kind", "QUESTION"), RECEIVED.plusSeconds(9000));

        Map<String, Object> first = harness.body(getBank.handleRequest(read("account:" + account, AGENT, Map.of("limit", "2")), null));
        Map<String, Object> second = harness.body(getBank.handleRequest(read("account:" + account, AGENT,
                Map.of("limit", "2", "cursor", (String) first.get("nextCursor"))), null));
        APIGatewayV2HTTPResponse otherYear = getBank.handleRequest(read("account:" + account, AGENT,
                Map.of("year", "2", "cursor", (String) first.get("nextCursor"))), null);

        assertThat(maps(first.get("ledger"))).extracting(e -> e.get("sequence")).containsExactly(3, 2);
        assertThat(maps(second.get("ledger"))).extracting(e -> e.get("sequence")).containsExactly(1);
        assertThat(second.get("nextCursor")).isNull();
        assertThat(otherYear.getStatusCode()).isEqualTo(422);
        assertThat(harness.body(otherYear).toString()).contains("cursor");
    }

    @Test
    void a_year_nothing_was_charged_in_shows_the_full_allowance_and_an_empty_ledger() {
        String account = directAccountWithContract(10);
        chargedQuestion(account);

        Map<String, Object> next = harness.body(getBank.handleRequest(read("account:" + account, AGENT, Map.of("year", "2")), null));

        assertThat(next).containsEntry("usedMinutes", 0).containsEntry("remainingMinutes", 600);
        assertThat(map(next.get("contractYear"))).containsEntry("number", 2).containsEntry("start", "2027-01-01T00:00:00+01:00");
        assertThat(maps(next.get("ledger"))).isEmpty();
    }

    @Test
    void another_accounts_user_an_unknown_holder_and_a_holder_without_contract_all_answer_404_alike() {
        String account = directAccountWithContract(10);
        String other = directAccountWithContract(10);
        chargedQuestion(account);
        String withoutContract = unique("bank-none");
        harness.bean(AccountStore.class).put(new Account(withoutContract, "No Contract", Plan.PREMIUM, Contract.DIRECT,
                Optional.empty(), List.of(), "es-madrid"));

        APIGatewayV2HTTPResponse foreign = getBank.handleRequest(read("account:" + account, customerOf(other), Map.of()), null);
        APIGatewayV2HTTPResponse garbage = getBank.handleRequest(read("ledger:" + account, AGENT, Map.of()), null);
        APIGatewayV2HTTPResponse none = getBank.handleRequest(read("account:" + withoutContract, AGENT, Map.of()), null);
        APIGatewayV2HTTPResponse partner = getBank.handleRequest(read("account:" + account,
                new Principal.PartnerUser("pat", "bank-partner"), Map.of()), null);

        assertThat(List.of(foreign, garbage, none, partner)).extracting(APIGatewayV2HTTPResponse::getStatusCode).containsOnly(404);
        assertThat(foreign.getBody().replace("account:" + account, "<holder>"))
                .isEqualTo(none.getBody().replace("account:" + withoutContract, "<holder>"));
    }

    @Test
    void a_bad_year_or_limit_is_a_422_naming_the_parameter() {
        String account = directAccountWithContract(10);

        APIGatewayV2HTTPResponse year = getBank.handleRequest(read("account:" + account, AGENT, Map.of("year", "last")), null);
        APIGatewayV2HTTPResponse limit = getBank.handleRequest(read("account:" + account, AGENT, Map.of("limit", "0")), null);

        assertThat(year.getStatusCode()).isEqualTo(422);
        assertThat(fields(harness.body(year))).containsExactly("year");
        assertThat(limit.getStatusCode()).isEqualTo(422);
        assertThat(fields(harness.body(limit))).containsExactly("limit");
    }

    private static String directAccountWithContract(long hours) {
        String account = unique("bank-direct");
        harness.bean(AccountStore.class).put(new Account(account, "Bank Direct", Plan.PREMIUM, Contract.DIRECT,
                Optional.empty(), List.of(), "es-madrid"));
        harness.bean(SupportContracts.class).put(SupportContract.of(new BankHolder.AccountHolder(account), hours,
                LocalDate.parse("2026-01-01"), ZoneId.of("Europe/Madrid")), "es-madrid");
        return account;
    }

    /** A question of {@code account}, answered by support and settled: 15 minutes charged. */
    private static String chargedQuestion(String account) {
        var opened = (OpenTicket.Outcome.Created) harness.bean(OpenTicket.class).open(customerOf(account),
                Map.of("kind", "QUESTION", "subject", "Net prices", "description", "Which setting exports net prices?"), RECEIVED,
                Optional.empty());
        String ticket = opened.ticket().id();
        harness.bean(PostMessage.class).post(AGENT, ticket, Map.of("body", "Settings > Export."), RECEIVED.plusSeconds(600),
                Optional.empty());
        settle(ticket);
        return ticket;
    }

    private static void reclassifyAndSettle(String ticket, Map<String, Object> form, Instant at) {
        harness.bean(ReclassifyTicket.class).reclassify(AGENT, ticket, form, at, Optional.empty());
        settle(ticket);
    }

    /** What the hour deduction does with the ticket's "Ticket Owed Changed" announcements (delivered again: settled once). */
    private static void settle(String ticket) {
        List<SettleHourBanks.OwedChange> changes = harness.bean(TicketStore.class).history(ticket).stream()
                .filter(a -> a.detailType().equals("Ticket Owed Changed"))
                .map(a -> new SettleHourBanks.OwedChange(ticket, a.sequence(), a.occurredAt(),
                        ((Number) a.detail().get("toMinutes")).longValue(), OwedReason.valueOf((String) a.detail().get("reason"))))
                .toList();
        harness.bean(SettleHourBanks.class).settle(changes);
    }

    private static Principal customerOf(String account) {
        return new Principal.CustomerUser("user-" + account, account);
    }

    private static APIGatewayV2HTTPEvent read(String holder, Principal caller, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = harness.event("get-bank.json", caller);
        event.setPathParameters(Map.of("holder", holder));
        event.setRawPath("/banks/" + holder);
        event.setQueryStringParameters(query.isEmpty() ? null : new HashMap<>(query));
        return event;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("fields")).stream().map(f -> f.get("field")).toList();
    }
}
