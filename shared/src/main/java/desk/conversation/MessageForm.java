package desk.conversation;

import desk.validation.FieldProblem;
import desk.validation.FormReader;
import java.util.List;
import java.util.Map;

/**
 * Reads a message from its form, {@code {"body", "visibility", "automatic"}}. Who may post which
 * kind is {@link desk.access.TicketParty#mayPost}.
 */
public final class MessageForm {
    public static final int MAX_BODY_LENGTH = 20_000;

    /** What the author asked to post, before it has an id and a time. */
    public record Draft(String body, Visibility visibility, boolean automatic) {}

    /** The draft, or what is wrong with the form. */
    public sealed interface Reading {
        record Accepted(Draft draft) implements Reading {}

        record Invalid(List<FieldProblem> problems) implements Reading {}
    }

    private MessageForm() {}

    public static Reading read(Map<String, Object> form) {
        FormReader reader = new FormReader(form);
        reader.refuseFieldsOtherThan("body", "visibility", "automatic");
        String body = reader.requiredText("body", MAX_BODY_LENGTH);
        Visibility visibility = reader.enumValue("visibility", Visibility.class).orElse(Visibility.PUBLIC);
        boolean automatic = reader.bool("automatic").orElse(false);
        if (!reader.problems().isEmpty()) {
            return new Reading.Invalid(reader.problems());
        }
        return new Reading.Accepted(new Draft(body, visibility, automatic));
    }
}
