package desk.devkit.eventbridge;

/** Told of every event the local bus accepts, in order, before the caller gets its answer. */
@FunctionalInterface
public interface BusEventListener {

    void published(BusEvent event);
}
