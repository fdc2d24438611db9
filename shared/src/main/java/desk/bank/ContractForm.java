package desk.bank;

import desk.validation.FormReader;
import desk.validation.Validated;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The body of {@code PUT /accounts/{id}/contract} and {@code PUT /partners/{id}/contract}:
 * {@code yearlyAllowanceHours}, a positive number of hours that is a whole number of minutes
 * (1.5, 0.25, 120), and {@code startDate}, the contract's first day ({@code YYYY-MM-DD}).
 */
public final class ContractForm {
    /** A year has 8,784 hours at most; more than this many hours is a typo, not a contract. */
    public static final long MAX_ALLOWANCE_HOURS = 100_000;

    /** What the form sets; the holder and the zone come from the path and the holder. */
    public record Terms(Duration yearlyAllowance, LocalDate startDate) {}

    private ContractForm() {}

    public static Validated<Terms> read(Map<String, Object> body) {
        FormReader form = new FormReader(body);
        form.refuseFieldsOtherThan("yearlyAllowanceHours", "startDate");
        Duration allowance = allowance(form);
        LocalDate startDate = startDate(form, body.get("startDate"));
        if (!form.problems().isEmpty()) {
            return Validated.invalid(form.problems());
        }
        return Validated.valid(new Terms(allowance, startDate));
    }

    private static Duration allowance(FormReader form) {
        String field = "yearlyAllowanceHours";
        Optional<BigDecimal> hours = form.positiveNumber(field, MAX_ALLOWANCE_HOURS, "hours", "120 or 37.5");
        if (hours.isEmpty()) {
            return null;
        }
        BigDecimal minutes = hours.get().multiply(BigDecimal.valueOf(60));
        if (minutes.stripTrailingZeros().scale() > 0) {
            form.problem(field, "must be a whole number of minutes (" + hours.get().toPlainString() + " hours is "
                    + minutes.stripTrailingZeros().toPlainString() + " minutes)");
            return null;
        }
        return Duration.ofMinutes(minutes.longValueExact());
    }

    private static LocalDate startDate(FormReader form, Object value) {
        String field = "startDate";
        if (value == null || (value instanceof String text && text.isBlank())) {
            form.problem(field, "is required: a date YYYY-MM-DD");
            return null;
        }
        if (!(value instanceof String text)) {
            form.problem(field, "must be a date YYYY-MM-DD, as a string");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            form.problem(field, "must be a date YYYY-MM-DD; " + text.strip() + " is not one");
            return null;
        }
    }
}
