package desk.account;

import static org.assertj.core.api.Assertions.assertThat;

import desk.validation.FieldProblem;
import desk.validation.Validated;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Account and partner form bodies, as decoded from JSON, and the records they describe. */
final class AccountFixtures {

    static final String DEFAULT_CALENDAR = "es-madrid";

    private AccountFixtures() {
    }

    static Map<String, Object> directAccountBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Acme Retail");
        body.put("plan", "PREMIUM");
        body.put("contract", "DIRECT");
        body.put("successManagerId", "csm-marta");
        return body;
    }

    static Map<String, Object> indirectAccountBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Globex Foods");
        body.put("plan", "ENTERPRISE");
        body.put("contract", "INDIRECT");
        body.put("solutionPartnerId", "iberia-solutions");
        body.put("successManagerId", "csm-marta");
        return body;
    }

    static Map<String, Object> partnerBody(String kind, Boolean certified) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Iberia Solutions");
        body.put("kind", kind);
        if (certified != null) {
            body.put("certified", certified);
        }
        return body;
    }

    static Map<String, Object> access(String partnerId, Object productionAccess) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("partnerId", partnerId);
        entry.put("productionAccess", productionAccess);
        return entry;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static <T> T valid(Validated<T> read) {
        assertThat(read).isInstanceOf(Validated.Valid.class);
        return ((Validated.Valid<T>) read).value();
    }

    static List<FieldProblem> problems(Validated<?> read) {
        assertThat(read).isInstanceOf(Validated.Invalid.class);
        return ((Validated.Invalid<?>) read).problems();
    }

    static Account directAccountGranting(PartnerAccess... access) {
        return new Account("acme", "Acme Retail", Plan.PREMIUM, Contract.DIRECT, Optional.empty(), List.of(access),
                DEFAULT_CALENDAR);
    }

    static Account indirectAccountOf(String solutionPartnerId, PartnerAccess... access) {
        return new Account("globex", "Globex Foods", Plan.ENTERPRISE, Contract.INDIRECT, Optional.of(solutionPartnerId),
                List.of(access), DEFAULT_CALENDAR);
    }
}
