package desk.intake;

import desk.account.Plan;
import desk.ticket.Category;
import desk.ticket.Channel;
import desk.ticket.ReplicationDetails;
import desk.ticket.Severity;
import desk.ticket.TicketKind;
import desk.validation.FormReader;
import desk.validation.Validated;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the web form of {@code POST /tickets} under the policy's intake rules, naming every
 * bad field at once: an incident needs its steps and expected result, and chat is Enterprise's.
 * Who may ask for what is decided by {@link desk.access.AccessRules}.
 */
public final class TicketForm {
    static final int SUBJECT_MAX = 200;
    static final int DESCRIPTION_MAX = 20_000;
    static final int DETAIL_MAX = 10_000;

    private TicketForm() {}

    public static Validated<TicketRequest> read(Map<String, Object> body, IntakeContext context) {
        FormReader form = new FormReader(body);
        form.refuseFieldsOtherThan("accountId", "channel", "kind", "severity", "category", "subject",
                "description", "affectedAccount", "steps", "expectedResult", "agreedDirectContact");
        String subject = form.requiredText("subject", SUBJECT_MAX);
        String description = form.requiredText("description", DESCRIPTION_MAX);
        TicketKind kind = form.requiredEnum("kind", TicketKind.class);
        Optional<Severity> severity = form.enumValue("severity", Severity.class);
        Channel channel = form.enumValue("channel", Channel.class).orElse(Channel.WEB);
        Category category = form.enumValue("category", Category.class).orElse(Category.PLATFORM);
        String affectedAccount = form.text("affectedAccount", 200).orElse(context.account().id());
        Optional<String> steps = form.text("steps", DETAIL_MAX);
        Optional<String> expectedResult = form.text("expectedResult", DETAIL_MAX);
        boolean agreedDirectContact = form.bool("agreedDirectContact").orElse(false);

        if (kind == TicketKind.INCIDENT && severity.isEmpty() && !form.has("severity")) {
            form.problem("severity", "is required for an incident; one of CRITICAL, MAJOR, MINOR");
        }
        if (kind != null && kind != TicketKind.INCIDENT && form.has("severity")) {
            form.problem("severity", "applies only to incidents");
        }
        if (kind == TicketKind.INCIDENT) {
            // Support can only diagnose what it can replicate; the web form can ask again, an email cannot.
            if (steps.isEmpty() && !form.has("steps")) {
                form.problem("steps", "is required for an incident: the steps taken to reproduce it");
            }
            if (expectedResult.isEmpty() && !form.has("expectedResult")) {
                form.problem("expectedResult", "is required for an incident: the result you expected");
            }
        }
        if (channel == Channel.EMAIL) {
            form.problem("channel", "EMAIL tickets arrive through mail intake; use WEB or CHAT here");
        }
        if (channel == Channel.CHAT && context.account().plan() != Plan.ENTERPRISE) {
            form.problem("channel", "live chat is an Enterprise feature; this account's plan is "
                    + context.account().plan() + ", use WEB");
        }
        if (agreedDirectContact && !context.account().isIndirect()) {
            form.problem("agreedDirectContact", "applies only to indirect accounts, whose tickets are otherwise answered to the partner");
        }
        if (!form.problems().isEmpty()) {
            return Validated.invalid(form.problems());
        }
        return Validated.valid(new TicketRequest(channel, kind, severity, category, subject, description,
                new ReplicationDetails(affectedAccount, steps, expectedResult), agreedDirectContact));
    }
}
