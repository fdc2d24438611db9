package desk.account;

import desk.validation.FormReader;
import desk.validation.Validated;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the body of {@code PUT /accounts/{id}} into an {@link Account}, naming every bad field. */
public final class AccountForm {
    /**
     * An account write is one DynamoDB transaction (at most 100 items): the account, and for each
     * partner it names before or after the write, the partner and its client link. 20 entries
     * plus a Solution Partner, replacing as many others, stay under that.
     */
    static final int MAX_PARTNER_ACCESS = 20;

    private AccountForm() {}

    public static Validated<Account> read(String id, Map<String, Object> body, String defaultCalendarId) {
        FormReader form = new FormReader(body);
        form.refuseFieldsOtherThan("name", "plan", "contract", "solutionPartnerId", "partnerAccess", "calendarId",
                "successManagerId", "mailDomains", "mailUsers");
        String name = form.requiredText("name", 200);
        Plan plan = form.requiredEnum("plan", Plan.class);
        Contract contract = form.requiredEnum("contract", Contract.class);
        Optional<String> solutionPartnerId = form.id("solutionPartnerId");
        if (contract == Contract.INDIRECT && solutionPartnerId.isEmpty() && !form.has("solutionPartnerId")) {
            form.problem("solutionPartnerId", "is required for an INDIRECT contract");
        }
        if (contract == Contract.DIRECT && form.has("solutionPartnerId")) {
            form.problem("solutionPartnerId", "must be absent for a DIRECT contract: a Solution Partner is named only on INDIRECT accounts");
        }
        List<FormReader> entries = form.objects("partnerAccess");
        if (entries.size() > MAX_PARTNER_ACCESS) {
            form.problem("partnerAccess", "names at most " + MAX_PARTNER_ACCESS + " partners");
        }
        List<PartnerAccess> access = entries.stream()
                .map(entry -> {
                    entry.refuseFieldsOtherThan("partnerId", "productionAccess");
                    Optional<String> partnerId = entry.id("partnerId");
                    if (!entry.has("partnerId")) {
                        entry.problem("partnerId", "is required");
                    }
                    boolean production = entry.bool("productionAccess").orElse(false);
                    return partnerId.map(p -> new PartnerAccess(p, production));
                })
                .flatMap(Optional::stream)
                .toList();
        if (access.stream().map(PartnerAccess::partnerId).distinct().count() < access.size()) {
            form.problem("partnerAccess", "names a partner more than once");
        }
        String calendarId = form.id("calendarId").orElse(defaultCalendarId);
        Optional<String> successManagerId = form.id("successManagerId");
        if (!form.has("successManagerId")) {
            form.problem("successManagerId", "is required: the Customer Success Manager who answers the account's requests");
        }
        List<String> mailDomains = MailIdentityForm.domains(form);
        List<MailUser> mailUsers = MailIdentityForm.users(form);
        if (!form.problems().isEmpty()) {
            return Validated.invalid(form.problems());
        }
        Optional<String> partner = contract == Contract.INDIRECT ? solutionPartnerId : Optional.empty();
        return Validated.valid(new Account(id, name, plan, contract, partner, access, calendarId, successManagerId,
                mailDomains, mailUsers));
    }
}
