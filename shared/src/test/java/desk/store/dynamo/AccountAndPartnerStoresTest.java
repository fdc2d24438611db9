package desk.store.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.account.Partner;
import desk.account.PartnerKind;
import desk.account.Plan;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.store.Saved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalDynamoDbExtension.class)
class AccountAndPartnerStoresTest {

    @Test
    void an_account_put_twice_is_created_then_replaced_and_reads_back_whole(LocalDesk desk) {
        DeskTable table = new DeskTable(desk.tableName("DeskTable"), desk.client());
        DynamoAccountStore accounts = new DynamoAccountStore(table);
        new DynamoPartnerStore(table).put(StoredTickets.SOLUTION_PARTNER); // an account names only partners that exist
        Account indirect = StoredTickets.indirect();
        Account renamed = new Account(indirect.id(), "Renamed", Plan.ENTERPRISE, indirect.contract(),
                indirect.solutionPartnerId(), indirect.partnerAccess(), indirect.calendarId());

        Saved first = accounts.put(indirect);
        Saved second = accounts.put(renamed);

        assertThat(first).isEqualTo(Saved.CREATED);
        assertThat(second).isEqualTo(Saved.REPLACED);
        assertThat(accounts.find(indirect.id())).contains(renamed);
        assertThat(accounts.find("no-such-account")).isEmpty();
    }

    @Test
    void a_partner_reads_back_with_its_flags(LocalDesk desk) {
        DynamoPartnerStore partners = new DynamoPartnerStore(new DeskTable(desk.tableName("DeskTable"), desk.client()));
        Partner technology = new Partner("tech-partner-flags", "Tech", PartnerKind.TECHNOLOGY, true, false);

        partners.put(technology);

        assertThat(partners.find("tech-partner-flags")).contains(technology);
    }
}
