package desk.handler.admin;

import desk.bank.BankHolder;
import desk.bank.SupportContract;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.MathContext;

/** A support contract as the admin API shows it; the hours are exact, the minutes say the same. */
@Serdeable
public record ContractView(String holder, BigDecimal yearlyAllowanceHours, long yearlyAllowanceMinutes, String startDate,
                           String zone) {
    static ContractView of(SupportContract contract) {
        BigDecimal minutes = BigDecimal.valueOf(contract.allowanceMinutes());
        BigDecimal hours;
        try {
            hours = minutes.divide(BigDecimal.valueOf(60)).stripTrailingZeros();
        } catch (ArithmeticException notTerminating) {
            hours = minutes.divide(BigDecimal.valueOf(60), MathContext.DECIMAL64).stripTrailingZeros();
        }
        return new ContractView(contract.holder().key(), hours.scale() < 0 ? hours.setScale(0) : hours,
                contract.allowanceMinutes(), contract.startDate().toString(), contract.zone().getId());
    }

    /** The holder a contract route names: {@code /partners/{id}/contract} or {@code /accounts/{id}/contract}. */
    static BankHolder holderOf(String routeKey, String id) {
        if (routeKey != null && routeKey.contains(" /partners/")) {
            return new BankHolder.PartnerHolder(id);
        }
        if (routeKey != null && routeKey.contains(" /accounts/")) {
            return new BankHolder.AccountHolder(id);
        }
        throw new IllegalArgumentException("not a contract route: " + routeKey);
    }

    static String what(BankHolder holder) {
        return holder instanceof BankHolder.PartnerHolder ? "Partner" : "Account";
    }

    static String location(BankHolder holder, String id) {
        return (holder instanceof BankHolder.PartnerHolder ? "/partners/" : "/accounts/") + id + "/contract";
    }
}
