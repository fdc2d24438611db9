package desk.calendar;

import desk.calendar.ClosureReason.ExtraClosure;
import desk.calendar.ClosureReason.PublicHoliday;
import desk.calendar.ClosureReason.Weekend;
import desk.calendar.DeadlineExplanation.CountedInterval;
import desk.calendar.DeadlineExplanation.SkippedDay;
import desk.calendar.DeadlineExplanation.SpecialHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a desk is open, as data: weekly hours in a time zone, minus public holidays and extra closing dates, with
 * seasons, dates with their own hours and closed periods inside a date. Answers deadlines ("2 business hours from
 * now", "1 business day from now"), the instant a business duration before another, and elapsed business time.
 * See the package documentation for how local times and DST are treated.
 *
 * <p>The hours of a local date, first rule that applies:
 * <ol>
 *   <li>an extra closing date closes it;</li>
 *   <li>its own {@link DateHours} open it at those hours, even on a public holiday or a weekend: naming a date's
 *       hours is the most specific thing a calendar can say, and it is how a desk opens on a holiday;</li>
 *   <li>a public holiday closes it, inside a season too;</li>
 *   <li>the {@link Season} covering it gives the hours of its weekday (none: closed, reason weekend);</li>
 *   <li>else the week's hours (none: closed, reason weekend).</li>
 * </ol>
 * Then its {@link ClosedPeriod}s are taken out of those hours; a date whose closed periods leave nothing open is
 * closed for the periods' reason.
 *
 * @param extraClosures kept sorted by date; a date may be listed once
 * @param dateHours     kept sorted by date; a date may be listed once
 * @param seasons       kept sorted by first date; seasons never share a date
 * @param closedPeriods kept sorted by date and time
 */
public record BusinessCalendar(
        String id, String version, ZoneId zone, WeeklyHours hours, Holidays holidays, List<ClosingDate> extraClosures,
        List<DateHours> dateHours, List<Season> seasons, List<ClosedPeriod> closedPeriods) {

    /** A calendar search finding no open time within this long means the calendar never opens. */
    private static final Period SEARCH_LIMIT = Period.ofYears(10);

    /** A calendar of weekly hours, holidays and closing dates only. */
    public BusinessCalendar(
            String id, String version, ZoneId zone, WeeklyHours hours, Holidays holidays, List<ClosingDate> extraClosures) {
        this(id, version, zone, hours, holidays, extraClosures, List.of(), List.of(), List.of());
    }

    public BusinessCalendar {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a business calendar needs an id");
        }
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("business calendar " + id + " needs a version");
        }
        Objects.requireNonNull(zone, "zone of calendar " + id);
        Objects.requireNonNull(hours, "hours of calendar " + id);
        Objects.requireNonNull(holidays, "holidays of calendar " + id + " (use Holidays.none())");
        Objects.requireNonNull(extraClosures, "extra closures of calendar " + id + " (use List.of())");
        Objects.requireNonNull(dateHours, "date hours of calendar " + id + " (use List.of())");
        Objects.requireNonNull(seasons, "seasons of calendar " + id + " (use List.of())");
        Objects.requireNonNull(closedPeriods, "closed periods of calendar " + id + " (use List.of())");
        var dates = new HashSet<LocalDate>();
        for (ClosingDate closing : extraClosures) {
            Objects.requireNonNull(closing, "extra closure of calendar " + id);
            if (!dates.add(closing.date())) {
                throw new IllegalArgumentException(
                        "calendar " + id + " lists the closing date " + closing.date() + " more than once");
            }
        }
        extraClosures = extraClosures.stream().sorted(Comparator.comparing(ClosingDate::date)).toList();
        var hoursDates = new HashSet<LocalDate>();
        for (DateHours own : dateHours) {
            Objects.requireNonNull(own, "date hours of calendar " + id);
            if (!hoursDates.add(own.date())) {
                throw new IllegalArgumentException(
                        "calendar " + id + " gives the hours of " + own.date() + " more than once");
            }
        }
        dateHours = dateHours.stream().sorted(Comparator.comparing(DateHours::date)).toList();
        seasons = seasons.stream()
                .map(season -> Objects.requireNonNull(season, "season of calendar " + id))
                .sorted(Comparator.comparing(Season::first)).toList();
        for (int i = 1; i < seasons.size(); i++) {
            if (seasons.get(i - 1).overlaps(seasons.get(i))) {
                throw new IllegalArgumentException("calendar " + id + ": seasons " + seasons.get(i - 1).name()
                        + " and " + seasons.get(i).name() + " share dates; a date has one season at most");
            }
        }
        closedPeriods = closedPeriods.stream()
                .map(period -> Objects.requireNonNull(period, "closed period of calendar " + id))
                .sorted(Comparator.comparing(ClosedPeriod::date).thenComparing(period -> period.period().opens()))
                .toList();
    }

    /** Why the desk is closed all of that local date, if it is (see the class documentation for the order). */
    public Optional<ClosureReason> closureOn(LocalDate date) {
        return planOf(date).closure();
    }

    public boolean isOpen(Instant at) {
        LocalDate date = at.atZone(zone).toLocalDate();
        return openSpansOn(date).stream().anyMatch(span -> span.contains(at));
    }

    /** {@code at} itself when open then, else the start of the next opening window. */
    public Instant nextOpening(Instant at) {
        return new OpenTimeWalk(at, null).next().from();
    }

    /**
     * The earliest instant by which {@code businessTime} of open time has elapsed since {@code start}: counting
     * begins at the next opening, and a deadline falling on a closing time is that closing time.
     * Zero business time is due at {@code start} itself, open or not.
     */
    public Instant addBusinessTime(Instant start, Duration businessTime) {
        return explain(start, businessTime).dueAt();
    }

    /**
     * Counting backwards: the latest instant from which {@code businessTime} of open time elapses until
     * {@code end} ("30 business minutes before the deadline"). It lies in open time or on an opening, so
     * {@code subtractBusinessTime(addBusinessTime(s, d), d)} is {@code s} when {@code s} is open and otherwise the
     * opening {@code s} waits for. Zero business time is {@code end} itself.
     */
    public Instant subtractBusinessTime(Instant end, Duration businessTime) {
        Objects.requireNonNull(end, "end");
        requireNotNegative(businessTime);
        if (businessTime.isZero()) {
            return end;
        }
        Duration remaining = businessTime;
        LocalDate date = end.atZone(zone).toLocalDate();
        LocalDate giveUpBefore = date.minus(SEARCH_LIMIT);
        while (true) {
            List<OpenSpan> spans = openSpansOn(date);
            for (int i = spans.size() - 1; i >= 0; i--) {
                OpenSpan span = spans.get(i);
                if (!span.from().isBefore(end)) {
                    continue;
                }
                Instant to = span.to().isAfter(end) ? end : span.to();
                Duration length = Duration.between(span.from(), to);
                // ">=" so that time running out exactly at an opening lands on the opening, the latest such instant.
                if (length.compareTo(remaining) >= 0) {
                    return to.minus(remaining);
                }
                remaining = remaining.minus(length);
                giveUpBefore = date.minus(SEARCH_LIMIT);
            }
            date = date.minusDays(1);
            if (date.isBefore(giveUpBefore)) {
                throw new IllegalStateException("business calendar " + id + " (version " + version
                        + ") has no open time in the " + SEARCH_LIMIT.getYears() + " years before " + end);
            }
        }
    }

    /** The deadline of business hours or business days, explained: {@link #explain} or {@link #explainBusinessDays}. */
    public DeadlineExplanation explain(Instant start, BusinessTime businessTime) {
        return switch (businessTime) {
            case BusinessTime.Hours(Duration time) -> explain(start, time);
            case BusinessTime.Days(int days) -> explainBusinessDays(start, days);
        };
    }

    /** {@link #addBusinessTime}, with the time counted, the closed dates skipped and the special hours met. */
    public DeadlineExplanation explain(Instant start, Duration businessTime) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(businessTime);
        if (businessTime.isZero()) {
            return new DeadlineExplanation(start, businessTime, start, List.of(), List.of());
        }
        var walk = new OpenTimeWalk(start, null);
        var counted = new ArrayList<CountedInterval>();
        Duration remaining = businessTime;
        while (true) {
            OpenSpan span = walk.next();
            if (span.length().compareTo(remaining) >= 0) {
                // ">=" so that time running out exactly at closing is due at closing, not at the next opening.
                Instant due = span.from().plus(remaining);
                counted.add(new CountedInterval(span.from(), due));
                return explanation(start, businessTime, due, counted, walk.closedDatesPassed());
            }
            counted.add(new CountedInterval(span.from(), span.to()));
            remaining = remaining.minus(span.length());
        }
    }

    /**
     * Business days, the alternative to business hours: the same local time on the {@code businessDays}-th open
     * date after {@code start}'s date, then the next open moment from there. An open date is one on which the desk
     * opens at all, whatever its hours. Zero days are due at {@code start} itself.
     */
    public Instant addBusinessDays(Instant start, int businessDays) {
        return explainBusinessDays(start, businessDays).dueAt();
    }

    /** {@link #addBusinessDays}, explained like {@link #explain}: its target is the business time counted. */
    public DeadlineExplanation explainBusinessDays(Instant start, int businessDays) {
        Objects.requireNonNull(start, "start");
        if (businessDays < 0) {
            throw new IllegalArgumentException("business days to add must not be negative, got " + businessDays);
        }
        if (businessDays == 0) {
            return new DeadlineExplanation(start, Duration.ZERO, start, List.of(), List.of());
        }
        LocalDateTime local = start.atZone(zone).toLocalDateTime();
        LocalDate date = local.toLocalDate();
        for (int day = 0; day < businessDays; day++) {
            date = nextOpenDateAfter(date);
        }
        Instant due = nextOpening(ZonedDateTime.of(date, local.toLocalTime(), zone).toInstant());
        var walk = new OpenTimeWalk(start, null);
        var counted = new ArrayList<CountedInterval>();
        Duration total = Duration.ZERO;
        for (OpenSpan span = walk.next(); span.from().isBefore(due); span = walk.next()) {
            Instant to = span.to().isAfter(due) ? due : span.to();
            counted.add(new CountedInterval(span.from(), to));
            total = total.plus(Duration.between(span.from(), to));
            if (!to.isBefore(due)) {
                break;
            }
        }
        return explanation(start, total, due, counted, walk.closedDatesPassed());
    }

    /**
     * The open time within {@code [from, to)}. A reversed range (to before from) is answered with the negative of
     * the time from {@code to} to {@code from}, so that time between two instants changes sign with their order.
     */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            return businessTimeBetween(to, from).negated();
        }
        var walk = new OpenTimeWalk(from, to.atZone(zone).toLocalDate());
        Duration total = Duration.ZERO;
        for (OpenSpan span = walk.next(); span != null && span.from().isBefore(to); span = walk.next()) {
            total = total.plus(Duration.between(span.from(), span.to().isAfter(to) ? to : span.to()));
        }
        return total;
    }

    private static void requireNotNegative(Duration businessTime) {
        Objects.requireNonNull(businessTime, "businessTime");
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("business time to count must not be negative, got " + businessTime);
        }
    }

    private DeadlineExplanation explanation(
            Instant start, Duration target, Instant due, List<CountedInterval> counted, List<SkippedDay> skipped) {
        var special = new LinkedHashMap<LocalDate, SpecialHours>();
        for (CountedInterval piece : counted) {
            LocalDate date = piece.from().atZone(zone).toLocalDate();
            if (!special.containsKey(date)) {
                planOf(date).special().ifPresent(why -> special.put(date, new SpecialHours(date, why)));
            }
        }
        return new DeadlineExplanation(start, target, due, counted, skipped, List.copyOf(special.values()));
    }

    private LocalDate nextOpenDateAfter(LocalDate date) {
        LocalDate limit = date.plus(SEARCH_LIMIT);
        for (LocalDate next = date.plusDays(1); !next.isAfter(limit); next = next.plusDays(1)) {
            if (!openSpansOn(next).isEmpty()) {
                return next;
            }
        }
        throw new IllegalStateException("business calendar " + id + " (version " + version
                + ") has no open date in the " + SEARCH_LIMIT.getYears() + " years after " + date);
    }

    /** The hours of one local date after every rule, and why they differ from the week's if they do. */
    private record DayPlan(Optional<ClosureReason> closure, List<OpeningWindow> windows, Optional<String> special) {
        static DayPlan closed(ClosureReason reason) {
            return new DayPlan(Optional.of(reason), List.of(), Optional.empty());
        }
    }

    private DayPlan planOf(LocalDate date) {
        Optional<ClosingDate> closing = find(extraClosures, ClosingDate::date, date);
        if (closing.isPresent()) {
            return DayPlan.closed(new ExtraClosure(closing.get().reason()));
        }
        var why = new ArrayList<String>();
        List<OpeningWindow> windows;
        Optional<DateHours> own = find(dateHours, DateHours::date, date);
        if (own.isPresent()) {
            windows = own.get().windows();
            why.add(own.get().describe());
        } else {
            Optional<String> holiday = holidays.on(date);
            if (holiday.isPresent()) {
                return DayPlan.closed(new PublicHoliday(holiday.get()));
            }
            DayOfWeek day = date.getDayOfWeek();
            Optional<Season> season = seasonOn(date);
            List<OpeningWindow> dayWindows =
                    season.map(s -> s.hours().windowsOn(day)).orElseGet(() -> hours.windowsOn(day));
            if (dayWindows.isEmpty()) {
                return DayPlan.closed(new Weekend(day));
            }
            season.ifPresent(s -> why.add(s.name() + ": open " + OpeningWindow.format(dayWindows)));
            windows = dayWindows;
        }
        var closedNames = new ArrayList<String>();
        for (ClosedPeriod period : closedPeriods) {
            if (period.date().equals(date)) {
                windows = windows.stream().flatMap(window -> window.minus(period.period()).stream()).toList();
                why.add(period.describe());
                closedNames.add(period.name());
            }
        }
        if (windows.isEmpty()) {
            return DayPlan.closed(new ExtraClosure(String.join(" / ", closedNames)));
        }
        return new DayPlan(Optional.empty(), windows,
                why.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", why)));
    }

    private Optional<Season> seasonOn(LocalDate date) {
        for (Season season : seasons) {
            if (season.covers(date)) {
                return Optional.of(season);
            }
        }
        return Optional.empty();
    }

    // A plain scan: calendars list a handful of special dates a year.
    private static <T> Optional<T> find(List<T> items, java.util.function.Function<T, LocalDate> dateOf, LocalDate date) {
        for (T item : items) {
            if (dateOf.apply(item).equals(date)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** The instants a date is open, in order: none on a closed date. */
    private List<OpenSpan> openSpansOn(LocalDate date) {
        DayPlan plan = planOf(date);
        return plan.closure().isPresent() ? List.of() : windowSpansOn(date, plan.windows());
    }

    /** The instants covered by a date's windows, in order. */
    private List<OpenSpan> windowSpansOn(LocalDate date, List<OpeningWindow> windows) {
        var spans = new ArrayList<OpenSpan>();
        Instant notBefore = Instant.MIN;
        for (OpeningWindow window : windows) {
            Instant opens = window.opensOn(date, zone);
            Instant from = opens.isBefore(notBefore) ? notBefore : opens;
            Instant to = window.closesOn(date, zone);
            // A spring-forward gap can push an opening past its closing or into the previous window:
            // count every instant at most once.
            if (from.isBefore(to)) {
                spans.add(new OpenSpan(from, to));
                notBefore = to;
            }
        }
        return spans;
    }
    /** An uninterrupted stretch of open time {@code [from, to)}. */
    private record OpenSpan(Instant from, Instant to) {
        boolean contains(Instant at) {
            return !at.isBefore(from) && at.isBefore(to);
        }

        Duration length() {
            return Duration.between(from, to);
        }
    }

    /**
     * Walks the open time from an instant onwards, span by span and date by date, noting the closed dates it
     * passes after the starting date. The single loop behind deadlines, next openings and elapsed time.
     */
    private final class OpenTimeWalk {
        private final Instant from;
        private final LocalDate firstDate;
        private final LocalDate lastDate;
        private final List<SkippedDay> closedDatesPassed = new ArrayList<>();
        private LocalDate date;
        private LocalDate giveUpAfter;
        private Iterator<OpenSpan> spansOfDate;

        /** @param lastDate the last local date to walk, or null to walk on until open time is found */
        OpenTimeWalk(Instant from, LocalDate lastDate) {
            this.from = from;
            this.firstDate = from.atZone(zone).toLocalDate();
            this.lastDate = lastDate;
            this.giveUpAfter = firstDate.plus(SEARCH_LIMIT);
            enter(firstDate);
        }

        /**
         * The next open span, starting no earlier than the walk's start; null past the last date of a bounded
         * walk. An unbounded walk finding no open time within the search limit means the calendar never opens.
         */
        OpenSpan next() {
            while (true) {
                while (spansOfDate.hasNext()) {
                    OpenSpan span = spansOfDate.next();
                    if (span.to().isAfter(from)) {
                        giveUpAfter = date.plus(SEARCH_LIMIT);
                        return span.from().isBefore(from) ? new OpenSpan(from, span.to()) : span;
                    }
                }
                if (lastDate != null && !date.isBefore(lastDate)) {
                    return null;
                }
                if (lastDate == null && !date.isBefore(giveUpAfter)) {
                    throw new IllegalStateException("business calendar " + id + " (version " + version
                            + ") has no open time in the " + SEARCH_LIMIT.getYears() + " years after " + from);
                }
                enter(date.plusDays(1));
            }
        }

        List<SkippedDay> closedDatesPassed() {
            return closedDatesPassed;
        }

        private void enter(LocalDate next) {
            date = next;
            DayPlan plan = planOf(next);
            if (plan.closure().isPresent() && next.isAfter(firstDate)) {
                closedDatesPassed.add(new SkippedDay(next, plan.closure().get()));
            }
            spansOfDate = plan.closure().isPresent()
                    ? Collections.emptyIterator()
                    : windowSpansOn(next, plan.windows()).iterator();
        }
    }
}
