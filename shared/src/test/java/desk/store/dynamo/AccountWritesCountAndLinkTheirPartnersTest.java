package desk.store.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import desk.account.Account;
import desk.account.ClientLink;
import desk.account.Contract;
import desk.account.Partner;
import desk.account.PartnerAccess;
import desk.account.PartnerKind;
import desk.account.Plan;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.store.ConcurrentUpdateException;
import desk.store.PartnerKindLockedException;
import desk.store.PartnerReferencesRefusedException;
import desk.store.Saved;
import desk.usecase.WriteAttempts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An account write is one transaction with the partners it names: their reference counters and
 * client links always match the accounts, and nothing of a refused write is stored.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class AccountWritesCountAndLinkTheirPartnersTest {
    private DeskTable table;
    private DynamoAccountStore accounts;
    private DynamoPartnerStore partners;

    @BeforeEach
    void connect(LocalDesk desk) {
        table = new DeskTable(desk.tableName("DeskTable"), desk.client());
        accounts = new DynamoAccountStore(table);
        partners = new DynamoPartnerStore(table);
    }

    @Test
    void an_account_naming_a_missing_partner_writes_nothing() {
        // given
        Partner solution = partner(PartnerKind.SOLUTION);
        Account account = indirect(solution.id(), new PartnerAccess(solution.id(), true), new PartnerAccess("nobody-" + suffix(), false));

        // when / then
        assertThatThrownBy(() -> accounts.put(account))
                .isInstanceOfSatisfying(PartnerReferencesRefusedException.class, refused -> assertThat(refused.refusals())
                        .containsExactly(new PartnerReferencesRefusedException.Refusal(account.partnerAccess().get(1).partnerId(),
                                Optional.empty())));
        assertThat(accounts.find(account.id())).isEmpty();
        assertThat(references(solution.id())).isZero();
        assertThat(accounts.clientsOf(solution.id())).isEmpty();
    }

    @Test
    void an_account_naming_a_technology_partner_as_its_solution_partner_writes_nothing() {
        // given
        Partner technology = partner(PartnerKind.TECHNOLOGY);
        Partner other = partner(PartnerKind.TECHNOLOGY);
        Account account = indirect(technology.id(), new PartnerAccess(other.id(), true));

        // when / then
        assertThatThrownBy(() -> accounts.put(account))
                .isInstanceOfSatisfying(PartnerReferencesRefusedException.class, refused -> assertThat(refused.refusals())
                        .containsExactly(new PartnerReferencesRefusedException.Refusal(technology.id(),
                                Optional.of(PartnerKind.TECHNOLOGY))));
        assertThat(accounts.find(account.id())).isEmpty();
        assertThat(references(technology.id())).isZero();
        assertThat(references(other.id())).isZero();
        assertThat(accounts.clientsOf(other.id())).isEmpty();
    }

    @Test
    void a_new_account_counts_each_partner_once_even_when_named_in_both_roles() {
        // given
        Partner solution = partner(PartnerKind.SOLUTION);
        Partner technology = partner(PartnerKind.TECHNOLOGY);
        Account account = indirect(solution.id(), new PartnerAccess(solution.id(), true), new PartnerAccess(technology.id(), false));

        // when
        Saved saved = accounts.put(account);

        // then
        assertThat(saved).isEqualTo(Saved.CREATED);
        assertThat(references(solution.id())).isEqualTo(1);
        assertThat(references(technology.id())).isEqualTo(1);
        assertThat(accounts.clientsOf(solution.id()))
                .containsExactly(new ClientLink(solution.id(), account.id(), ClientLink.Relation.SOLUTION_PARTNER, true));
        assertThat(accounts.clientsOf(technology.id()))
                .containsExactly(new ClientLink(technology.id(), account.id(), ClientLink.Relation.ACCESS, false));
    }

    @Test
    void replacing_an_account_unchanged_counts_nothing_again() {
        // given
        Partner solution = partner(PartnerKind.SOLUTION);
        Account account = indirect(solution.id());

        // when
        List<Saved> saves = List.of(accounts.put(account), accounts.put(account), accounts.put(account));

        // then
        assertThat(saves).containsExactly(Saved.CREATED, Saved.REPLACED, Saved.REPLACED);
        assertThat(references(solution.id())).isEqualTo(1);
        assertThat(version(account.id())).isEqualTo(3);
    }

    @Test
    void replacing_an_account_without_a_partner_releases_its_reference_and_its_link() {
        // given
        Partner solution = partner(PartnerKind.SOLUTION);
        Partner technology = partner(PartnerKind.TECHNOLOGY);
        Account account = indirect(solution.id(), new PartnerAccess(technology.id(), true));
        accounts.put(account);

        // when
        accounts.put(indirect(account.id(), solution.id()));

        // then
        assertThat(references(solution.id())).isEqualTo(1);
        assertThat(references(technology.id())).isZero();
        assertThat(accounts.clientsOf(technology.id())).isEmpty();
        assertThat(accounts.clientsOf(solution.id())).extracting(ClientLink::accountId).containsExactly(account.id());
    }

    @Test
    void switching_the_solution_partner_moves_the_reference_and_the_link() {
        // given
        Partner first = partner(PartnerKind.SOLUTION);
        Partner second = partner(PartnerKind.SOLUTION);
        Account account = indirect(first.id());
        accounts.put(account);

        // when
        accounts.put(indirect(account.id(), second.id()));

        // then
        assertThat(references(first.id())).isZero();
        assertThat(references(second.id())).isEqualTo(1);
        assertThat(accounts.clientsOf(first.id())).isEmpty();
        assertThat(accounts.clientsOf(second.id()))
                .containsExactly(new ClientLink(second.id(), account.id(), ClientLink.Relation.SOLUTION_PARTNER, false));
    }

    @Test
    void a_partner_changing_roles_on_one_account_keeps_one_reference_and_its_link_follows() {
        // given
        Partner solution = partner(PartnerKind.SOLUTION);
        Account account = direct(new PartnerAccess(solution.id(), false));
        accounts.put(account);

        // when
        accounts.put(indirect(account.id(), solution.id(), new PartnerAccess(solution.id(), true)));

        // then
        assertThat(references(solution.id())).isEqualTo(1);
        assertThat(accounts.clientsOf(solution.id()))
                .containsExactly(new ClientLink(solution.id(), account.id(), ClientLink.Relation.SOLUTION_PARTNER, true));
    }

    @Test
    void clients_of_a_partner_are_exactly_the_accounts_that_name_it_now() {
        // given
        Partner solution = partner(PartnerKind.SOLUTION);
        Account a = indirect(solution.id());
        Account b = direct(new PartnerAccess(solution.id(), true));
        Account c = indirect(solution.id());
        accounts.put(a);
        accounts.put(b);
        accounts.put(c);
        Partner elsewhere = partner(PartnerKind.SOLUTION);

        // when
        accounts.put(indirect(c.id(), elsewhere.id()));

        // then
        assertThat(accounts.clientsOf(solution.id())).containsExactlyInAnyOrder(
                new ClientLink(solution.id(), a.id(), ClientLink.Relation.SOLUTION_PARTNER, false),
                new ClientLink(solution.id(), b.id(), ClientLink.Relation.ACCESS, true));
        assertThat(references(solution.id())).isEqualTo(2);
        assertThat(accounts.clientsOf("nobody-" + suffix())).isEmpty();
    }

    @Test
    void clients_of_a_partner_are_read_across_pages() {
        // given: enough clients, each item padded, that one query page (1 MB) cannot hold them all
        Partner solution = partner(PartnerKind.SOLUTION);
        String padding = "x".repeat(200_000);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String accountId = "acct-" + suffix();
            ids.add(accountId);
            table.client().putItem(put -> put.tableName(table.name()).item(Item.builder()
                    .with(PartyItems.toItem(new ClientLink(solution.id(), accountId, ClientLink.Relation.ACCESS, false)))
                    .s("padding", padding).build()));
        }

        int firstPage = table.client().query(query -> query.tableName(table.name()).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableKeys.partnerPk(solution.id()))))).count();

        // when / then
        assertThat(firstPage).as("one page holds only some").isLessThan(ids.size());
        assertThat(accounts.clientsOf(solution.id())).extracting(ClientLink::accountId).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void a_referenced_partner_cannot_change_kind_and_keeps_its_count_when_replaced() {
        // given
        Partner solution = partner(PartnerKind.SOLUTION);
        Account account = indirect(solution.id());
        accounts.put(account);
        Partner renamed = new Partner(solution.id(), "Renamed", PartnerKind.SOLUTION, true, false);

        // when
        Saved saved = partners.put(renamed);

        // then
        assertThat(saved).isEqualTo(Saved.REPLACED);
        assertThat(partners.find(solution.id())).contains(renamed);
        assertThat(references(solution.id())).isEqualTo(1);
        assertThatThrownBy(() -> partners.put(new Partner(solution.id(), "Renamed", PartnerKind.TECHNOLOGY, true, false)))
                .isInstanceOfSatisfying(PartnerKindLockedException.class, locked -> {
                    assertThat(locked.kind()).isEqualTo(PartnerKind.SOLUTION);
                    assertThat(locked.references()).isEqualTo(1);
                });
        assertThat(partners.find(solution.id())).contains(renamed);
    }

    @Test
    void a_partner_no_account_references_any_more_may_change_kind() {
        // given
        Partner solution = partner(PartnerKind.SOLUTION);
        Account account = indirect(solution.id());
        accounts.put(account);
        accounts.put(direct(account.id()));
        Partner technology = new Partner(solution.id(), solution.name(), PartnerKind.TECHNOLOGY, true, true);

        // when
        Saved saved = partners.put(technology);

        // then
        assertThat(saved).isEqualTo(Saved.REPLACED);
        assertThat(partners.find(solution.id())).contains(technology);
        assertThat(references(solution.id())).isZero();
    }

    @Test
    void an_account_stored_before_versions_counts_its_references_on_its_next_write() {
        // given: an item as the unversioned store wrote it, with no counter and no link
        Partner solution = partner(PartnerKind.SOLUTION);
        Partner dropped = partner(PartnerKind.TECHNOLOGY);
        Account account = indirect(solution.id(), new PartnerAccess(dropped.id(), true));
        Map<String, AttributeValue> unversioned = new HashMap<>(PartyItems.toItem(account, 1));
        unversioned.remove("version");
        table.client().putItem(put -> put.tableName(table.name()).item(unversioned));

        // when
        Saved saved = accounts.put(indirect(account.id(), solution.id()));

        // then
        assertThat(saved).isEqualTo(Saved.REPLACED);
        assertThat(version(account.id())).isEqualTo(1);
        assertThat(references(solution.id())).isEqualTo(1);
        assertThat(references(dropped.id())).isZero();
        assertThat(accounts.clientsOf(solution.id())).extracting(ClientLink::accountId).containsExactly(account.id());
    }

    @Test
    void concurrent_replacements_of_one_account_leave_counters_and_links_matching_the_last_write() throws Exception {
        // given
        List<Partner> pool = List.of(partner(PartnerKind.SOLUTION), partner(PartnerKind.SOLUTION), partner(PartnerKind.TECHNOLOGY),
                partner(PartnerKind.TECHNOLOGY));
        String accountId = "acct-" + suffix();
        List<Account> versions = List.of(
                indirect(accountId, pool.get(0).id(), new PartnerAccess(pool.get(2).id(), true)),
                indirect(accountId, pool.get(1).id(), new PartnerAccess(pool.get(0).id(), false)),
                direct(accountId, new PartnerAccess(pool.get(3).id(), true), new PartnerAccess(pool.get(2).id(), false)),
                indirect(accountId, pool.get(1).id()));
        WriteAttempts attempts = new WriteAttempts(50);

        // when
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<Future<Saved>> writes = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (Account version : versions) {
                    writes.add(threads.submit(() -> attempts.run(() -> accounts.put(version))));
                }
            }
            for (Future<Saved> write : writes) {
                write.get();
            }
        }

        // then
        Account last = accounts.find(accountId).orElseThrow();
        assertThat(version(accountId)).isEqualTo(20);
        for (Partner partner : pool) {
            boolean named = last.isClientOf(partner.id());
            assertThat(references(partner.id())).as(partner.id()).isEqualTo(named ? 1 : 0);
            assertThat(accounts.clientsOf(partner.id())).as(partner.id())
                    .isEqualTo(last.clientLinks().stream().filter(link -> link.partnerId().equals(partner.id())).toList());
        }
    }

    @Test
    void an_account_naming_a_solution_partner_racing_its_change_to_technology_never_ends_with_a_technology_solution_partner()
            throws Exception {
        WriteAttempts attempts = new WriteAttempts(10);
        int accountsWon = 0;
        int partnersWon = 0;
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 40; round++) {
                // given
                Partner solution = partner(PartnerKind.SOLUTION);
                Account account = indirect(solution.id());
                Partner technology = new Partner(solution.id(), solution.name(), PartnerKind.TECHNOLOGY, true, true);

                // when
                Future<Boolean> accountWrite = threads.submit(() -> succeeds(() -> attempts.run(() -> accounts.put(account))));
                Future<Boolean> kindChange = threads.submit(() -> succeeds(() -> attempts.run(() -> partners.put(technology))));
                boolean accountWon = accountWrite.get();
                boolean partnerWon = kindChange.get();

                // then: exactly one wins, and the table says so
                assertThat(accountWon).as("round %d: exactly one write wins", round).isNotEqualTo(partnerWon);
                PartnerKind kind = partners.find(solution.id()).orElseThrow().kind();
                assertThat(accounts.find(account.id()).isPresent()).as("round %d", round).isEqualTo(accountWon);
                assertThat(kind).as("round %d", round).isEqualTo(accountWon ? PartnerKind.SOLUTION : PartnerKind.TECHNOLOGY);
                assertThat(references(solution.id())).as("round %d", round).isEqualTo(accountWon ? 1 : 0);
                assertThat(accounts.clientsOf(solution.id())).as("round %d", round).hasSize(accountWon ? 1 : 0);
                accountsWon += accountWon ? 1 : 0;
                partnersWon += partnerWon ? 1 : 0;
            }
        }
        assertThat(accountsWon + partnersWon).isEqualTo(40);
    }

    /** Whether a racing write was stored; a refusal by the other write's outcome is a loss, anything else fails the test. */
    private static boolean succeeds(Runnable write) {
        try {
            write.run();
            return true;
        } catch (PartnerReferencesRefusedException | PartnerKindLockedException refused) {
            return false;
        } catch (ConcurrentUpdateException e) {
            throw new AssertionError("the write ran out of attempts", e);
        }
    }

    private Partner partner(PartnerKind kind) {
        Partner partner = new Partner("partner-" + suffix(), "Partner", kind, true, true);
        partners.put(partner);
        return partner;
    }

    private long references(String partnerId) {
        return table.get(TableKeys.partner(partnerId)).map(PartyItems::references).orElseThrow();
    }

    private long version(String accountId) {
        return table.get(TableKeys.account(accountId)).map(PartyItems::version).orElseThrow();
    }

    private static Account indirect(String solutionPartnerId, PartnerAccess... access) {
        return indirect("acct-" + suffix(), solutionPartnerId, access);
    }

    private static Account indirect(String accountId, String solutionPartnerId, PartnerAccess... access) {
        return new Account(accountId, "Indirect", Plan.PREMIUM, Contract.INDIRECT, Optional.of(solutionPartnerId), List.of(access),
                "es-madrid");
    }

    private static Account direct(PartnerAccess... access) {
        return direct("acct-" + suffix(), access);
    }

    private static Account direct(String accountId, PartnerAccess... access) {
        return new Account(accountId, "Direct", Plan.ENTERPRISE, Contract.DIRECT, Optional.empty(), List.of(access), "es-madrid");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
