package desk.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The RSA key pair standing in for the identity provider: generated on first use and kept under
 * {@code .local/jwt/} so tokens minted yesterday still verify after a restart.
 */
final class LocalSigningKey {

    static final String FILE_NAME = "signing-key.jwk.json";

    private LocalSigningKey() {
    }

    static RSAKey loadOrCreate(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file));
            }
            RSAKey key = new RSAKeyGenerator(2048).keyID("desk-local").generate();
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, "key", ".tmp");
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(partial, key.toJSONString());
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the local signing key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not an RSA JWK: delete it to get a new key", e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }
}
