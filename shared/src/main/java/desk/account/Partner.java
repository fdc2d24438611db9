package desk.account;

import java.util.Objects;

/**
 * A vendor partner. Integration tickets it opens get full support only when it is certified and
 * has the technical knowledge to interpret and modify advanced API setups or plugin code.
 */
public record Partner(String id, String name, PartnerKind kind, boolean certified, boolean technicalKnowledge) {
    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (kind == PartnerKind.SOLUTION && !certified) {
            throw new IllegalArgumentException("a Solution Partner is certified by definition");
        }
    }
}
