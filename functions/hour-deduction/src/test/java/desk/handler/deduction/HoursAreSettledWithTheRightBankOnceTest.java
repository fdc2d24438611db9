package desk.handler.deduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import desk.account.Account;
import desk.account.Partner;
import desk.api.testing.FunctionHarness;
import desk.bank.BankHolder;
import desk.bank.HourBank;
import desk.bank.LedgerEntry;
import desk.bank.LedgerEntry.Kind;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.ticket.OwedReason;
import desk.ticket.Ticket;
import desk.usecase.SettleHourBanks.OwedChange;
import desk.usecase.SettleHourBanks.Report;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Policy, "Support-hour bank", settled by the hour deduction on DynamoDB Local: an engaged
 * question is charged max(15, minutes worked) to its holder's bank (the account under a DIRECT
 * contract, the Solution Partner for its clients and for what it opens; never a Technology
 * Partner), a reclassification refunds or charges again, each change once however often it is
 * delivered, in the contract year of its moment; "bank low" and "bank exhausted" once a year.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class HoursAreSettledWithTheRightBankOnceTest {
    private static final Instant OPENED = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant ENGAGED = Instant.parse("2026-11-23T09:20:00Z");
    private static final LocalDate CONTRACT_START = LocalDate.parse("2026-03-01");
    private static FunctionHarness harness;
    private static BankWorld world;

    @BeforeAll
    static void start(LocalDesk desk) {
        harness = FunctionHarness.of(desk, "HourDeductionFunction");
        world = new BankWorld(harness);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void an_engaged_question_of_a_direct_account_charges_fifteen_minutes_to_the_accounts_bank() {
        Account account = world.direct();
        BankHolder holder = new BankHolder.AccountHolder(account.id());
        world.contract(holder, 10, CONTRACT_START);
        Ticket ticket = world.question(new Principal.CustomerUser("ana", account.id()), account.id(), OPENED);
        world.engage(ticket, ENGAGED);

        Report report = world.deduction().settle(world.owedChanges(ticket));

        assertThat(report.settled()).isEqualTo(1);
        assertThat(report.failedFrom()).isEmpty();
        assertThat(world.ledger(holder, 1)).extracting(LedgerEntry::ticketId, LedgerEntry::kind, LedgerEntry::minutes,
                LedgerEntry::reason, LedgerEntry::balanceAfter).containsExactly(tuple(ticket.id(), Kind.CHARGE, 15L,
                OwedReason.FIRST_RESPONSE, 585L));
        assertThat(world.bank(holder, 1).usedMinutes()).isEqualTo(15);
        assertThat(world.banks().chargeOf(ticket.id()).orElseThrow().holder()).isEqualTo(holder);
    }

    @Test
    void an_indirect_accounts_question_is_charged_to_its_solution_partner() {
        Partner partner = world.solutionPartner();
        Account account = world.indirect(partner);
        BankHolder holder = new BankHolder.PartnerHolder(partner.id());
        world.contract(holder, 10, CONTRACT_START);
        Ticket ticket = world.question(new Principal.CustomerUser("bea", account.id()), account.id(), OPENED);
        world.engage(ticket, ENGAGED);

        world.deduction().settle(world.owedChanges(ticket));

        assertThat(world.bank(holder, 1).usedMinutes()).isEqualTo(15);
        assertThat(world.banks().find(new BankHolder.AccountHolder(account.id()), 1)).isEmpty();
    }

    @Test
    void a_question_a_solution_partner_opens_for_a_direct_account_is_charged_to_that_partner() {
        Partner partner = world.solutionPartner();
        Account account = world.directGranting(partner);
        BankHolder holder = new BankHolder.PartnerHolder(partner.id());
        world.contract(holder, 10, CONTRACT_START);
        world.contract(new BankHolder.AccountHolder(account.id()), 10, CONTRACT_START);
        Ticket ticket = world.question(new Principal.PartnerUser("carlos", partner.id()), account.id(), OPENED);
        world.engage(ticket, ENGAGED);

        world.deduction().settle(world.owedChanges(ticket));

        assertThat(world.bank(holder, 1).usedMinutes()).isEqualTo(15);
        assertThat(world.banks().find(new BankHolder.AccountHolder(account.id()), 1)).isEmpty();
    }

    @Test
    void a_question_a_technology_partner_opens_is_charged_to_the_accounts_own_holder() {
        Partner partner = world.technologyPartner();
        Account account = world.directGranting(partner);
        BankHolder holder = new BankHolder.AccountHolder(account.id());
        world.contract(holder, 10, CONTRACT_START);
        Ticket ticket = world.question(new Principal.PartnerUser("dani", partner.id()), account.id(), OPENED);
        world.engage(ticket, ENGAGED);

        world.deduction().settle(world.owedChanges(ticket));

        assertThat(world.bank(holder, 1).usedMinutes()).isEqualTo(15);
        assertThat(world.banks().chargeOf(ticket.id()).orElseThrow().holder()).isEqualTo(holder);
    }

    @Test
    void a_question_reclassified_as_an_incident_is_refunded_and_back_as_a_question_charged_again() {
        Account account = world.direct();
        BankHolder holder = new BankHolder.AccountHolder(account.id());
        world.contract(holder, 10, CONTRACT_START);
        Ticket ticket = world.question(new Principal.CustomerUser("ana", account.id()), account.id(), OPENED);
        world.engage(ticket, ENGAGED);
        world.deduction().settle(world.owedChanges(ticket));
        world.reclassify(ticket, "INCIDENT", ENGAGED.plusSeconds(600));
        world.reclassify(ticket, "QUESTION", ENGAGED.plusSeconds(1200));

        Report report = world.deduction().settle(world.owedChanges(ticket));

        assertThat(report.duplicates()).as("the first response, settled by the earlier batch").isEqualTo(1);
        assertThat(world.ledger(holder, 1)).extracting(LedgerEntry::kind, LedgerEntry::minutes, LedgerEntry::reason,
                LedgerEntry::balanceAfter).containsExactly(
                tuple(Kind.CHARGE, 15L, OwedReason.FIRST_RESPONSE, 585L),
                tuple(Kind.REFUND, 15L, OwedReason.RECLASSIFIED, 600L),
                tuple(Kind.CHARGE, 15L, OwedReason.RECLASSIFIED, 585L));
        assertThat(report.transactions()).as("both entries of one bank in one transaction").isEqualTo(1);
    }

    @Test
    void duplicated_changes_and_redelivered_batches_charge_each_change_once() {
        Account account = world.direct();
        BankHolder holder = new BankHolder.AccountHolder(account.id());
        world.contract(holder, 10, CONTRACT_START);
        Ticket ticket = world.question(new Principal.CustomerUser("ana", account.id()), account.id(), OPENED);
        world.engage(ticket, ENGAGED);
        world.reclassify(ticket, "INCIDENT", ENGAGED.plusSeconds(600));
        List<OwedChange> changes = world.owedChanges(ticket);
        List<OwedChange> duplicated = new ArrayList<>();
        changes.forEach(change -> {
            duplicated.add(change);
            duplicated.add(change);
        });

        Report first = world.deduction().settle(duplicated);
        Report redelivered = world.deduction().settle(duplicated);

        assertThat(first.settled()).isEqualTo(2);
        assertThat(first.duplicates()).isEqualTo(2);
        assertThat(redelivered.settled()).isZero();
        assertThat(redelivered.duplicates()).isEqualTo(4);
        assertThat(redelivered.transactions()).isZero();
        assertThat(world.ledger(holder, 1)).extracting(LedgerEntry::kind).containsExactly(Kind.CHARGE, Kind.REFUND);
        assertThat(world.bank(holder, 1).usedMinutes()).isZero();
    }

    @Test
    void a_holder_without_a_contract_is_charged_nothing_and_the_tickets_next_change_catches_up() {
        Account account = world.direct();
        BankHolder holder = new BankHolder.AccountHolder(account.id());
        Ticket ticket = world.question(new Principal.CustomerUser("ana", account.id()), account.id(), OPENED);
        world.engage(ticket, ENGAGED);
        OwedChange engaged = world.owedChanges(ticket).getFirst();

        Report withoutContract = world.deduction().settle(List.of(engaged));
        world.contract(holder, 10, CONTRACT_START);
        // An agent then logs 40 minutes: the ticket owes 40, and all of it is charged at once.
        Report caughtUp = world.deduction().settle(List.of(new OwedChange(ticket.id(), engaged.sequence() + 1,
                ENGAGED.plusSeconds(3600), 40, OwedReason.WORK_LOGGED)));

        assertThat(withoutContract.uncharged()).isEqualTo(1);
        assertThat(withoutContract.failedFrom()).isEmpty();
        assertThat(caughtUp.settled()).isEqualTo(1);
        assertThat(world.ledger(holder, 1)).extracting(LedgerEntry::minutes, LedgerEntry::reason)
                .containsExactly(tuple(40L, OwedReason.WORK_LOGGED));
    }

    @Test
    void a_change_one_second_before_the_anniversary_lands_in_the_old_year_and_one_second_after_in_the_new() {
        Account account = world.direct();
        BankHolder holder = new BankHolder.AccountHolder(account.id());
        world.contract(holder, 10, LocalDate.parse("2025-12-01"));
        Instant anniversary = Instant.parse("2026-11-30T23:00:00Z"); // 1 December 2026, 00:00 in Madrid
        Ticket before = world.question(new Principal.CustomerUser("ana", account.id()), account.id(), OPENED);
        Ticket after = world.question(new Principal.CustomerUser("ana", account.id()), account.id(), OPENED);

        Report report = world.deduction().settle(List.of(
                new OwedChange(before.id(), 2, anniversary.minusSeconds(1), 15, OwedReason.FIRST_RESPONSE),
                new OwedChange(after.id(), 2, anniversary.plusSeconds(1), 15, OwedReason.FIRST_RESPONSE)));

        assertThat(report.transactions()).as("one per bank-year").isEqualTo(2);
        assertThat(world.ledger(holder, 1)).extracting(LedgerEntry::ticketId).containsExactly(before.id());
        assertThat(world.ledger(holder, 2)).extracting(LedgerEntry::ticketId).containsExactly(after.id());
        HourBank second = world.bank(holder, 2);
        assertThat(second.year().start()).isEqualTo(anniversary);
        assertThat(second.balanceMinutes()).as("the new year opens at the full allowance").isEqualTo(585);
    }

    @Test
    void bank_low_and_bank_exhausted_are_announced_once_a_year_as_the_banks_outbox_items() {
        Account account = world.direct();
        BankHolder holder = new BankHolder.AccountHolder(account.id());
        world.contract(holder, 1, CONTRACT_START);
        List<OwedChange> changes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Ticket ticket = world.question(new Principal.CustomerUser("ana", account.id()), account.id(), OPENED);
            changes.add(new OwedChange(ticket.id(), 2, ENGAGED.plusSeconds(i), 15, OwedReason.FIRST_RESPONSE));
        }

        world.deduction().settle(changes.subList(0, 3));
        world.deduction().settle(changes.subList(3, 6));

        assertThat(world.bankAnnouncements(holder, 1)).containsExactly(
                "Hours Charged", "Hours Charged", "Hours Charged", "Hours Charged", "Bank Low", "Bank Exhausted",
                "Hours Charged", "Hours Charged");
        HourBank bank = world.bank(holder, 1);
        assertThat(bank.overageMinutes()).isEqualTo(30);
        assertThat(bank.lowAnnounced()).isTrue();
        assertThat(bank.exhaustedAnnounced()).isTrue();
    }

    @Test
    void forty_charges_of_one_bank_in_one_batch_take_two_transactions_of_at_most_a_hundred_items() {
        Account account = world.direct();
        BankHolder holder = new BankHolder.AccountHolder(account.id());
        world.contract(holder, 100, CONTRACT_START);
        List<OwedChange> changes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Ticket ticket = world.question(new Principal.CustomerUser("ana", account.id()), account.id(), OPENED);
            changes.add(new OwedChange(ticket.id(), 2, ENGAGED.plusSeconds(i), 15, OwedReason.FIRST_RESPONSE));
        }

        Report report = world.deduction().settle(changes);

        // Each charge is its entry, its "Hours Charged" and its ticket's charge: 33 fit beside the bank item.
        assertThat(report.transactions()).isEqualTo(2);
        assertThat(report.entriesWritten()).isEqualTo(40);
        assertThat(world.bank(holder, 1).version()).isEqualTo(40);
        assertThat(world.bank(holder, 1).usedMinutes()).isEqualTo(600);
    }
}
