package desk.usecase;

import desk.account.MailUser;
import desk.store.MailIdentityRefusedException;
import desk.validation.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** The field problems of a refused mail identity, each naming the field that lists the address or domain and who holds it. */
final class MailIdentityProblems {
    private MailIdentityProblems() {}

    static List<FieldProblem> of(MailIdentityRefusedException refused, List<MailUser> users, List<String> domains) {
        List<FieldProblem> problems = new ArrayList<>();
        for (MailIdentityRefusedException.Refusal refusal : refused.refusals()) {
            switch (refusal) {
                case MailIdentityRefusedException.Refusal.Taken(String value, String ownerKind, String ownerId) -> {
                    for (int i = 0; i < users.size(); i++) {
                        if (users.get(i).address().key().equals(value)) {
                            problems.add(FieldProblem.of("mailUsers[" + i + "].address",
                                    "is already the mail address of a user of " + ownerKind + " " + ownerId));
                        }
                    }
                    int domain = domains.indexOf(value);
                    if (domain >= 0) {
                        problems.add(FieldProblem.of("mailDomains[" + domain + "]",
                                "is already the mail domain of " + ownerKind + " " + ownerId));
                    }
                }
                case MailIdentityRefusedException.Refusal.TooManyChanges(int changes, int max) ->
                        problems.add(FieldProblem.of("mailUsers", "adds or drops " + changes
                                + " mail addresses and domains in one write, where " + max + " fit: change them in smaller steps"));
            }
        }
        return problems;
    }
}
