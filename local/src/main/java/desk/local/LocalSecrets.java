package desk.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import desk.devkit.SamTemplate;

/**
 * Values for the template's secret parameters ({@code NoEcho} without a default, such as signing
 * keys), which a deployment is given and a local run is not: each gets a random base64 value of
 * 32 bytes, made once and kept under {@code .local/secrets/<Name>}, so tokens signed in one run are
 * still valid in the next, as with the local JWT key.
 */
final class LocalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalSecrets() {
    }

    /** The template with its secret parameters given their local values. */
    static SamTemplate applied(SamTemplate template) {
        Map<String, String> values = new LinkedHashMap<>();
        template.section("Parameters").forEach((name, declaration) -> {
            if (declaration instanceof Map<?, ?> parameter && "true".equals(String.valueOf(parameter.get("NoEcho")))
                    && (parameter.get("Default") == null || String.valueOf(parameter.get("Default")).isEmpty())) {
                values.put(name, loadOrCreate(template.directory().resolve(".local/secrets").resolve(name)));
            }
        });
        return values.isEmpty() ? template : template.withParameters(values);
    }

    private static String loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            String value = Base64.getEncoder().encodeToString(secret);
            Files.createDirectories(file.getParent());
            Files.writeString(file, value + "\n", StandardCharsets.US_ASCII);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the local secret " + file, e);
        }
    }
}
