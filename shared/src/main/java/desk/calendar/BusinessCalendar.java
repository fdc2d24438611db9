package desk.calendar;

import desk.calendar.ClosureReason.ExtraClosure;
import desk.calendar.ClosureReason.PublicHoliday;
import desk.calendar.ClosureReason.Weekend;
import desk.calendar.DeadlineExplanation.CountedInterval;
import desk.calendar.DeadlineExplanation.SkippedDay;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a desk is open, as data: weekly hours in a time zone, minus public holidays and extra closing dates.
 * Answers deadlines ("2 business hours from now") and elapsed business time. See the package documentation
 * for how local times and DST are treated.
 *
 * @param extraClosures kept sorted by date; a date may be listed once
 */
public record BusinessCalendar(
        String id, String version, ZoneId zone, WeeklyHours hours, Holidays holidays, List<ClosingDate> extraClosures) {

    /** A calendar whose holidays and closures cover every open day would otherwise be searched forever. */
    private static final Period SEARCH_LIMIT = Period.ofYears(10);

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
        var dates = new HashSet<LocalDate>();
        for (ClosingDate closing : extraClosures) {
            Objects.requireNonNull(closing, "extra closure of calendar " + id);
            if (!dates.add(closing.date())) {
                throw new IllegalArgumentException(
                        "calendar " + id + " lists the closing date " + closing.date() + " more than once");
            }
        }
        extraClosures = extraClosures.stream().sorted(Comparator.comparing(ClosingDate::date)).toList();
    }

    /** Why the desk is closed all of that local date, if it is: an extra closure, else a holiday, else no hours. */
    public Optional<ClosureReason> closureOn(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return extraClosureOn(date)
                .<ClosureReason>map(closing -> new ExtraClosure(closing.reason()))
                .or(() -> holidays.on(date).map(PublicHoliday::new))
                .or(() -> hours.windowsOn(day).isEmpty() ? Optional.of(new Weekend(day)) : Optional.empty());
    }

    public boolean isOpen(Instant at) {
        LocalDate date = at.atZone(zone).toLocalDate();
        return closureOn(date).isEmpty() && windowSpansOn(date).stream().anyMatch(span -> span.contains(at));
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

    /** {@link #addBusinessTime}, with the time counted and the closed dates skipped on the way. */
    public DeadlineExplanation explain(Instant start, Duration businessTime) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(businessTime, "businessTime");
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("business time to add must not be negative, got " + businessTime);
        }
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
                return new DeadlineExplanation(start, businessTime, due, counted, walk.closedDatesPassed());
            }
            counted.add(new CountedInterval(span.from(), span.to()));
            remaining = remaining.minus(span.length());
        }
    }

    /** The open time within {@code [from, to)}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("business time runs forward: " + from + " is after " + to);
        }
        var walk = new OpenTimeWalk(from, to.atZone(zone).toLocalDate());
        Duration total = Duration.ZERO;
        for (OpenSpan span = walk.next(); span != null && span.from().isBefore(to); span = walk.next()) {
            total = total.plus(Duration.between(span.from(), span.to().isAfter(to) ? to : span.to()));
        }
        return total;
    }

    private Optional<ClosingDate> extraClosureOn(LocalDate date) {
        // A plain scan: calendars list a handful of closing dates a year.
        for (ClosingDate closing : extraClosures) {
            if (closing.date().equals(date)) {
                return Optional.of(closing);
            }
        }
        return Optional.empty();
    }

    /** The instants covered by the windows of a date's weekday, in order, ignoring closures. */
    private List<OpenSpan> windowSpansOn(LocalDate date) {
        var spans = new ArrayList<OpenSpan>();
        Instant notBefore = Instant.MIN;
        for (OpeningWindow window : hours.windowsOn(date.getDayOfWeek())) {
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
            Optional<ClosureReason> closure = closureOn(next);
            if (closure.isPresent() && next.isAfter(firstDate)) {
                closedDatesPassed.add(new SkippedDay(next, closure.get()));
            }
            spansOfDate = closure.isPresent() ? Collections.emptyIterator() : windowSpansOn(next).iterator();
        }
    }
}
