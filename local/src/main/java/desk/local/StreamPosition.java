package desk.local;

/**
 * How far an event source got in a stream: the last record it is done with (delivered, filtered
 * out or sent to its on-failure destination). Lambda keeps the same per event source mapping.
 *
 * @param sequenceNumber null when nothing of the shard was read yet
 */
record StreamPosition(String streamArn, String shardId, String sequenceNumber) {
}
