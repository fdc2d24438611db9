package desk.store;

/** Whether a put created the item or replaced an existing one (201 or 200 to an HTTP caller). */
public enum Saved {
    CREATED, REPLACED
}
