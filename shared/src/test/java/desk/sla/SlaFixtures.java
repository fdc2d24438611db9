package desk.sla;

import desk.calendar.Calendars;

import desk.account.Account;
import desk.account.Contract;
import desk.account.Plan;
import desk.calendar.BusinessCalendar;
import desk.identity.Principal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Targets, accounts, openers and the Madrid calendar for the SLA package's tests. */
public final class SlaFixtures {

    public static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private SlaFixtures() {
    }

    public static BusinessCalendar madridCalendar() {
        return Calendars.spainMadrid();
    }

    public static Instant madrid(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), MADRID).toInstant();
    }

    /** The policy's plan targets, as a mutable map a test may change. */
    public static Map<Plan, Duration> policyPlanTargets() {
        Map<Plan, Duration> targets = new EnumMap<>(Plan.class);
        targets.put(Plan.ENTERPRISE, Duration.ofHours(2));
        targets.put(Plan.PREMIUM, Duration.ofHours(12));
        targets.put(Plan.STARTER, Duration.ofHours(10));
        targets.put(Plan.CONNECT, Duration.ofHours(10));
        return targets;
    }

    public static Account direct(Plan plan) {
        return new Account("acme", "Acme Retail", plan, Contract.DIRECT, Optional.empty(), List.of(), "es-madrid");
    }

    public static Account indirect(Plan plan) {
        return new Account("globex", "Globex Foods", plan, Contract.INDIRECT, Optional.of("iberia-solutions"), List.of(),
                "es-madrid");
    }

    public static Principal customerOf(Account account) {
        return new Principal.CustomerUser("user-1", account.id());
    }

    public static Principal userOfPartner(String partnerId) {
        return new Principal.PartnerUser("partner-user-1", partnerId);
    }

    public static Principal agent() {
        return new Principal.SupportAgent("agent-1");
    }
}
