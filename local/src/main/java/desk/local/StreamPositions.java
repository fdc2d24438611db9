package desk.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where each event source's {@link StreamPosition} is kept between runs. With a data directory
 * the stream outlives {@code desk run}, so the position must too: a file per source beside the
 * data. In memory, the stream dies with the process and so may the positions.
 */
interface StreamPositions {

    Optional<StreamPosition> load(String sourceId);

    void save(String sourceId, StreamPosition position);

    static StreamPositions inMemory() {
        Map<String, StreamPosition> positions = new ConcurrentHashMap<>();
        return new StreamPositions() {
            @Override
            public Optional<StreamPosition> load(String sourceId) {
                return Optional.ofNullable(positions.get(sourceId));
            }

            @Override
            public void save(String sourceId, StreamPosition position) {
                positions.put(sourceId, position);
            }
        };
    }

    static StreamPositions in(Path directory) {
        return new InDirectory(directory);
    }

    /** Beside the data they point into: in memory for an in-memory database, whose stream dies with the process. */
    static StreamPositions beside(DatabaseOptions db) {
        return db.inMemory() ? inMemory() : in(db.dataDir().resolve("stream-positions"));
    }

    /** {@code <directory>/<Function>.<Event>.json}, replaced atomically on every save. */
    final class InDirectory implements StreamPositions {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final Path directory;

        InDirectory(Path directory) {
            this.directory = directory;
        }

        @Override
        public Optional<StreamPosition> load(String sourceId) {
            Path file = directory.resolve(sourceId + ".json");
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                JsonNode saved = JSON.readTree(file.toFile());
                return Optional.of(new StreamPosition(saved.path("streamArn").asText(), saved.path("shardId").asText(),
                        saved.hasNonNull("sequenceNumber") ? saved.get("sequenceNumber").asText() : null));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read stream position " + file + " (delete it to start over)", e);
            }
        }

        @Override
        public void save(String sourceId, StreamPosition position) {
            Path file = directory.resolve(sourceId + ".json");
            try {
                Files.createDirectories(directory);
                Path temporary = Files.createTempFile(directory, sourceId, ".tmp");
                JSON.writeValue(temporary.toFile(), JSON.createObjectNode()
                        .put("streamArn", position.streamArn())
                        .put("shardId", position.shardId())
                        .put("sequenceNumber", position.sequenceNumber()));
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot save stream position " + file, e);
            }
        }
    }
}
