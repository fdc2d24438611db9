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
import java.util.Objects;
import java.util.function.Supplier;

import desk.devkit.SamTemplate;

/**
 * Values for the template's secrets, which a deployment is given or makes and a local run does
 * not have, each made once and kept under {@code .local/secrets/<name>}, so tokens signed in one
 * run are still valid in the next, as with the local JWT key:
 * <ul>
 *   <li>a secret parameter ({@code NoEcho} without a default, such as signing keys) gets a random
 *       base64 value of 32 bytes;</li>
 *   <li>an {@code AWS::SecretsManager::Secret} gets its {@code SecretString}, or a password as its
 *       {@code GenerateSecretString} asks (length, punctuation or not), which is what the functions'
 *       {@code {{resolve:secretsmanager:<name>}}} references resolve to.</li>
 * </ul>
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
                values.put(name, loadOrCreate(template.directory().resolve(".local/secrets").resolve(name), LocalSecrets::randomKey));
            }
        });
        SamTemplate withParameters = values.isEmpty() ? template : template.withParameters(values);
        Map<String, String> secrets = new LinkedHashMap<>();
        withParameters.secrets().forEach((name, properties) -> secrets.put(name,
                properties.get("SecretString") instanceof String given ? given
                        : loadOrCreate(template.directory().resolve(".local/secrets").resolve(name), () -> generated(properties))));
        return secrets.isEmpty() ? withParameters : withParameters.withSecrets(secrets);
    }

    /** A password as Secrets Manager's {@code GenerateSecretString} makes one (letters and digits, punctuation unless excluded). */
    private static String generated(Map<String, Object> properties) {
        Map<?, ?> generate = properties.get("GenerateSecretString") instanceof Map<?, ?> map ? map : Map.of();
        int length = Integer.parseInt(String.valueOf(Objects.requireNonNullElse(generate.get("PasswordLength"), "32")));
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                + ("true".equals(String.valueOf(generate.get("ExcludePunctuation"))) ? "" : "!#$%&()*+,-.:;<=>?@[]^_{|}~");
        String excluded = String.valueOf(Objects.requireNonNullElse(generate.get("ExcludeCharacters"), ""));
        StringBuilder password = new StringBuilder(length);
        while (password.length() < length) {
            char c = alphabet.charAt(RANDOM.nextInt(alphabet.length()));
            if (excluded.indexOf(c) < 0) {
                password.append(c);
            }
        }
        return password.toString();
    }

    private static String randomKey() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    private static String loadOrCreate(Path file, Supplier<String> made) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            String value = made.get();
            Files.createDirectories(file.getParent());
            Files.writeString(file, value + "\n", StandardCharsets.US_ASCII);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the local secret " + file, e);
        }
    }
}
