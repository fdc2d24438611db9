package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;

class JwtAuthorizerTest {

    @TempDir
    Path dir;

    @Test
    void aTokenFromTheLocalIssuerYieldsItsClaimsAsStrings() {
        RSAKey key = LocalSigningKey.loadOrCreate(dir);
        Instant now = Instant.parse("2030-01-01T10:00:00Z");
        TokenIssuer issuer = new TokenIssuer(key, Clock.fixed(now, ZoneOffset.UTC));
        // Issued "in 2030" so that, against the real clock the authorizer uses, it has not expired.
        String token = issuer.issue(new TokenRequest("partner", "acc-1", "par-1", "user-7", Duration.ofMinutes(5)));

        var jwt = new JwtAuthorizer(key).authorize("Bearer " + token);

        assertThat(jwt).isPresent();
        assertThat(jwt.get().getJwt().getClaims()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "iss", TokenIssuer.ISSUER,
                "aud", TokenIssuer.AUDIENCE,
                "sub", "user-7",
                "role", "partner",
                "account_id", "acc-1",
                "partner_id", "par-1",
                "iat", Long.toString(now.getEpochSecond()),
                "exp", Long.toString(now.plusSeconds(300).getEpochSecond())));
    }

    @Test
    void arraysAndNumbersAreFlattenedAsApiGatewayDoes() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("groups", List.of("a", "b"))
                .claim("ratio", 1.5)
                .claim("count", 3)
                .claim("flag", true)
                .build();

        assertThat(JwtAuthorizer.asApiGatewayClaims(claims)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "groups", "[a b]", "ratio", "1.5", "count", "3", "flag", "true"));
    }

    @Test
    void theKeyIsKeptSoTokensSurviveARestart() {
        RSAKey first = LocalSigningKey.loadOrCreate(dir);
        RSAKey second = LocalSigningKey.loadOrCreate(dir);

        assertThat(second.toPublicJWK()).isEqualTo(first.toPublicJWK());
        assertThat(dir.resolve(LocalSigningKey.FILE_NAME)).exists();
    }

    @Test
    void missingMalformedOrForeignTokensAreRefused(@TempDir Path other) {
        RSAKey key = LocalSigningKey.loadOrCreate(dir);
        String foreign = new TokenIssuer(LocalSigningKey.loadOrCreate(other), Clock.systemUTC())
                .issue(new TokenRequest("admin", null, null, null, Duration.ofMinutes(5)));
        JwtAuthorizer authorizer = new JwtAuthorizer(key);

        assertThat(authorizer.authorize(null)).isEmpty();
        assertThat(authorizer.authorize("Bearer not.a.jwt")).isEmpty();
        assertThat(authorizer.authorize("Bearer " + foreign)).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() {
        RSAKey key = LocalSigningKey.loadOrCreate(dir);
        Clock twoHoursAgo = Clock.offset(Clock.systemUTC(), Duration.ofHours(-2));
        String expired = new TokenIssuer(key, twoHoursAgo).issue(new TokenRequest("admin", null, null, null, Duration.ofMinutes(5)));

        assertThat(new JwtAuthorizer(key).authorize("Bearer " + expired)).isEmpty();
    }
}
