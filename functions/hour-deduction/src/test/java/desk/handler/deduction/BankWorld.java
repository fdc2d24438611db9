package desk.handler.deduction;

import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.account.Contract;
import desk.account.Partner;
import desk.account.PartnerAccess;
import desk.account.PartnerKind;
import desk.account.Plan;
import desk.api.testing.FunctionHarness;
import desk.bank.BankHolder;
import desk.bank.HourBank;
import desk.bank.LedgerEntry;
import desk.bank.SupportContract;
import desk.identity.Principal;
import desk.store.AccountStore;
import desk.store.AnnouncementRecord;
import desk.store.HourBanks;
import desk.store.PartnerStore;
import desk.store.SupportContracts;
import desk.store.TicketStore;
import desk.ticket.OwedReason;
import desk.ticket.Ticket;
import desk.usecase.OpenTicket;
import desk.usecase.PostMessage;
import desk.usecase.ReclassifyTicket;
import desk.usecase.SettleHourBanks;
import desk.usecase.SettleHourBanks.OwedChange;
import desk.usecase.WorkOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts, partners, contracts and tickets on DynamoDB Local, made through the desk's own use
 * cases, and the "Ticket Owed Changed" announcements their tickets stored, as the stream would
 * carry them to the hour deduction.
 */
final class BankWorld {
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final Principal AGENT = new Principal.SupportAgent("agent-nuria");

    private final FunctionHarness harness;

    BankWorld(FunctionHarness harness) {
        this.harness = harness;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    SettleHourBanks deduction() {
        return harness.bean(SettleHourBanks.class);
    }

    HourBanks banks() {
        return harness.bean(HourBanks.class);
    }

    Account direct() {
        return put(new Account(unique("direct"), "Direct", Plan.PREMIUM, Contract.DIRECT, Optional.empty(), List.of(),
                "es-madrid"));
    }

    Account directGranting(Partner partner) {
        return put(new Account(unique("direct"), "Direct", Plan.PREMIUM, Contract.DIRECT, Optional.empty(),
                List.of(new PartnerAccess(partner.id(), true)), "es-madrid"));
    }

    Account indirect(Partner solution) {
        return put(new Account(unique("indirect"), "Indirect", Plan.PREMIUM, Contract.INDIRECT, Optional.of(solution.id()),
                List.of(new PartnerAccess(solution.id(), true)), "es-madrid"));
    }

    Partner solutionPartner() {
        Partner partner = new Partner(unique("solution"), "Solution", PartnerKind.SOLUTION, true, true);
        harness.bean(PartnerStore.class).put(partner);
        return partner;
    }

    Partner technologyPartner() {
        Partner partner = new Partner(unique("technology"), "Technology", PartnerKind.TECHNOLOGY, true, true);
        harness.bean(PartnerStore.class).put(partner);
        return partner;
    }

    private Account put(Account account) {
        harness.bean(AccountStore.class).put(account);
        return account;
    }

    /** A contract of {@code hours} a year from {@code start}, anniversaries at Madrid midnight. */
    SupportContract contract(BankHolder holder, long hours, LocalDate start) {
        SupportContract contract = SupportContract.of(holder, hours, start, MADRID);
        harness.bean(SupportContracts.class).put(contract, "es-madrid");
        return contract;
    }

    /** A question {@code opener} opens on {@code accountId} (an integration question, which every partner kind may open). */
    Ticket question(Principal opener, String accountId, Instant at) {
        Map<String, Object> form = new HashMap<>(Map.of("kind", "QUESTION", "category", "INTEGRATION",
                "subject", "Connector", "description", "How does the export connector map prices?"));
        if (opener instanceof Principal.PartnerUser) {
            form.put("accountId", accountId);
        }
        OpenTicket.Outcome outcome = harness.bean(OpenTicket.class).open(opener, form, at, Optional.empty());
        assertThat(outcome).isInstanceOf(OpenTicket.Outcome.Created.class);
        return ((OpenTicket.Outcome.Created) outcome).ticket();
    }

    /** Support's first public reply: it engages the ticket. */
    void engage(Ticket ticket, Instant at) {
        PostMessage.Outcome outcome = harness.bean(PostMessage.class).post(AGENT, ticket.id(),
                Map.of("body", "Looking into it."), at, Optional.empty());
        assertThat(outcome).isInstanceOf(PostMessage.Outcome.Posted.class);
    }

    void reclassify(Ticket ticket, String kind, Instant at) {
        Map<String, Object> form = kind.equals("INCIDENT") ? Map.of("kind", kind, "severity", "MINOR") : Map.of("kind", kind);
        WorkOutcome outcome = harness.bean(ReclassifyTicket.class).reclassify(AGENT, ticket.id(), form, at, Optional.empty());
        assertThat(outcome).isInstanceOf(WorkOutcome.Changed.class);
    }

    /** The ticket's "Ticket Owed Changed" announcements, in sequence order, as the stream carries them. */
    List<OwedChange> owedChanges(Ticket ticket) {
        List<OwedChange> changes = new ArrayList<>();
        for (AnnouncementRecord record : harness.bean(TicketStore.class).history(ticket.id())) {
            if (record.detailType().equals("Ticket Owed Changed")) {
                changes.add(new OwedChange(ticket.id(), record.sequence(), record.occurredAt(),
                        (Long) record.detail().get("toMinutes"), OwedReason.valueOf((String) record.detail().get("reason"))));
            }
        }
        return changes;
    }

    HourBank bank(BankHolder holder, long year) {
        return banks().find(holder, year).orElseThrow(() -> new AssertionError("no bank of " + holder.key() + " year " + year));
    }

    List<LedgerEntry> ledger(BankHolder holder, long year) {
        return banks().ledger(holder, year, Optional.empty(), 100).entries().reversed();
    }

    /** The detail-types of a bank's announcements (outbox items), in key order. */
    List<String> bankAnnouncements(BankHolder holder, long year) {
        var desk = harness.context();
        var client = harness.bean(software.amazon.awssdk.services.dynamodb.DynamoDbClient.class);
        String table = desk.getProperty("desk.table.name", String.class).orElseThrow();
        return client.queryPaginator(r -> r.tableName(table).keyConditionExpression("pk = :pk AND begins_with(sk, :event)")
                        .expressionAttributeValues(Map.of(
                                ":pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("BANK#" + holder.key() + "#" + year),
                                ":event", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("EVENT#"))))
                .items().stream().map(item -> item.get("detailType").s()).toList();
    }
}
