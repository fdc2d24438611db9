package desk.local;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Mints the RS256 tokens the local authorizer accepts, as the real identity provider would. */
final class TokenIssuer {

    static final String ISSUER = "https://desk.local/issuer";
    static final String AUDIENCE = "desk-local";

    private final RSAKey key;
    private final Clock clock;

    TokenIssuer(RSAKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    String issue(TokenRequest request) {
        Instant now = clock.instant();
        String subject = request.subject() != null ? request.subject() : "local-" + request.role();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("role", request.role())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(request.ttl())));
        if (request.accountId() != null) {
            claims.claim("account_id", request.accountId());
        }
        if (request.partnerId() != null) {
            claims.claim("partner_id", request.partnerId());
        }
        if (!request.scopes().isEmpty()) {
            claims.claim("scope", String.join(" ", request.scopes()));
        }
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token with the local key", e);
        }
    }
}
