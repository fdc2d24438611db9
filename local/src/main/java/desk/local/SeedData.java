package desk.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo data under {@code seed/} on the classpath: partners first (accounts refer to them),
 * each file one {@code PUT} body, its name the id.
 */
final class SeedData {

    /** One body to {@code PUT} at {@code /<collection>/<id>}. */
    record Item(String collection, String id, String body) {
        String path() {
            return "/" + collection + "/" + id;
        }
    }

    static final List<String> COLLECTIONS = List.of("partners", "accounts");

    private SeedData() {
    }

    static List<Item> load() {
        List<Item> items = new ArrayList<>();
        for (String collection : COLLECTIONS) {
            URL folder = SeedData.class.getClassLoader().getResource("seed/" + collection);
            if (folder == null) {
                continue;
            }
            try {
                URI uri = folder.toURI();
                if (uri.getScheme().equals("jar")) {
                    try (FileSystem jar = jarFileSystem(uri)) {
                        items.addAll(read(collection, jar.provider().getPath(uri)));
                    }
                } else {
                    items.addAll(read(collection, Path.of(uri)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read seed data " + folder, e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return items;
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (java.nio.file.FileSystemAlreadyExistsException e) {
            throw new IllegalStateException("Seed jar already open: " + uri, e);
        } catch (FileSystemNotFoundException e) {
            throw new IllegalStateException("Cannot open seed jar " + uri, e);
        }
    }

    private static List<Item> read(String collection, Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> json = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            List<Item> items = new ArrayList<>();
            for (Path file : json) {
                String name = file.getFileName().toString();
                items.add(new Item(collection, name.substring(0, name.length() - ".json".length()), Files.readString(file).strip()));
            }
            return items;
        }
    }
}
