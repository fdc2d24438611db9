package desk.local;

import java.nio.file.Path;

/** Where DynamoDB Local listens and keeps its data ({@code dataDir} unused when in memory). */
record DatabaseOptions(int port, boolean inMemory, Path dataDir) {
}
