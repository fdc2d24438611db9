package desk.account;

import desk.mail.MailAddress;
import desk.validation.FormReader;
import desk.validation.Validated;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the body of {@code PUT /partners/{id}} into a {@link Partner}, naming every bad field. */
public final class PartnerForm {
    private PartnerForm() {}

    public static Validated<Partner> read(String id, Map<String, Object> body) {
        FormReader form = new FormReader(body);
        form.refuseFieldsOtherThan("name", "kind", "certified", "technicalKnowledge", "mailUsers", "supportAddress");
        String name = form.requiredText("name", 200);
        PartnerKind kind = form.requiredEnum("kind", PartnerKind.class);
        boolean certified = form.bool("certified").orElse(false);
        boolean technicalKnowledge = form.bool("technicalKnowledge").orElse(false);
        if (kind == PartnerKind.SOLUTION && !certified) {
            form.problem("certified", "must be true: a Solution Partner is a certified partner");
        }
        List<MailUser> mailUsers = MailIdentityForm.users(form);
        Optional<MailAddress> supportAddress = MailIdentityForm.address(form, "supportAddress");
        if (!form.problems().isEmpty()) {
            return Validated.invalid(form.problems());
        }
        return Validated.valid(new Partner(id, name, kind, certified, technicalKnowledge, mailUsers, supportAddress));
    }
}
