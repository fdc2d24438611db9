package desk.sla;

import desk.account.Plan;
import desk.calendar.BusinessTime;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The configurable numbers behind first-response promises: each plan's target, the Customer
 * Success target for account requests, and the share of a target at which a ticket is at risk.
 * A target is business hours ({@code PT10H}) or, chosen explicitly, business days ({@code P1D}).
 */
public record FirstResponseTargets(
        Map<Plan, BusinessTime> planTargets, BusinessTime accountRequestTarget, double atRiskShare) {

    public FirstResponseTargets {
        planTargets = Map.copyOf(new EnumMap<>(planTargets));
        for (Plan plan : Plan.values()) {
            if (!planTargets.containsKey(plan)) {
                throw new IllegalArgumentException("no first-response target for plan " + plan);
            }
            requirePositive("the first-response target of " + plan, planTargets.get(plan));
        }
        requirePositive("accountRequestTarget", accountRequestTarget);
        if (!(atRiskShare > 0 && atRiskShare < 1)) {
            throw new IllegalArgumentException("the at-risk share lies strictly between 0 and 1, was " + atRiskShare);
        }
    }

    /** Targets all in business hours, the policy's way. */
    public FirstResponseTargets(Map<Plan, Duration> planHours, Duration accountRequestHours, double atRiskShare) {
        this(hours(planHours), accountRequestHours == null || accountRequestHours.isNegative()
                ? null : BusinessTime.hours(accountRequestHours), atRiskShare);
    }

    /** The seed's figures: Enterprise 2 h, Premium 12 h, Starter and Connect one business day (10 h); 30 h for Customer Success; at risk at 75%. */
    public static FirstResponseTargets policyDefaults() {
        return new FirstResponseTargets(
                Map.of(Plan.ENTERPRISE, Duration.ofHours(2),
                        Plan.PREMIUM, Duration.ofHours(12),
                        Plan.STARTER, Duration.ofHours(10),
                        Plan.CONNECT, Duration.ofHours(10)),
                Duration.ofHours(30),
                0.75);
    }

    private static Map<Plan, BusinessTime> hours(Map<Plan, Duration> planHours) {
        var targets = new EnumMap<Plan, BusinessTime>(Plan.class);
        planHours.forEach((plan, hours) -> {
            // Checked here too, so that a negative figure is refused naming its plan.
            if (hours == null || hours.isNegative() || hours.isZero()) {
                throw new IllegalArgumentException(
                        "the first-response target of " + plan + " must be a positive business duration, was " + hours);
            }
            targets.put(plan, BusinessTime.hours(hours));
        });
        return targets;
    }

    private static void requirePositive(String what, BusinessTime target) {
        if (target == null || target.isZero()) {
            throw new IllegalArgumentException(what + " must be a positive business duration, was " + target);
        }
    }

    public BusinessTime forPlan(Plan plan) {
        return planTargets.get(plan);
    }

    /** The business time after which a ticket awaiting its first response is announced at risk. */
    public Duration atRiskAfter(Duration target) {
        return Duration.ofMillis((long) Math.floor(target.toMillis() * atRiskShare));
    }
}
