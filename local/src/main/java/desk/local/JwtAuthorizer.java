package desk.local;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext.Authorizer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * API Gateway's JWT authorizer for the local key: a valid {@code Authorization: Bearer} token
 * (signature, exp/nbf, iss, aud) yields the authorizer context API Gateway would pass on, with
 * every claim as a string; anything else yields nothing and the caller answers 401.
 */
final class JwtAuthorizer {

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    JwtAuthorizer(RSAKey key) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK()))));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                TokenIssuer.AUDIENCE,
                new JWTClaimsSet.Builder().issuer(TokenIssuer.ISSUER).build(),
                Set.of("sub", "exp")));
    }

    /** @param authorizationHeader the {@code Authorization} header, possibly null */
    Optional<Authorizer> authorize(String authorizationHeader) {
        if (authorizationHeader == null) {
            return Optional.empty();
        }
        // API Gateway accepts the token with or without the Bearer prefix.
        String token = authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorizationHeader.substring(7).strip()
                : authorizationHeader.strip();
        try {
            JWTClaimsSet claims = processor.process(token, null);
            return Optional.of(Authorizer.builder()
                    .withJwt(Authorizer.JWT.builder()
                            .withClaims(asApiGatewayClaims(claims))
                            .withScopes(scopes(claims))
                            .build())
                    .build());
        } catch (ParseException | BadJOSEException | JOSEException e) {
            return Optional.empty();
        }
    }

    static Map<String, String> asApiGatewayClaims(JWTClaimsSet claims) {
        Map<String, String> flat = new LinkedHashMap<>();
        claims.toJSONObject().forEach((name, value) -> flat.put(name, asText(value)));
        return flat;
    }

    private static String asText(Object value) {
        return switch (value) {
            case null -> "";
            case Collection<?> list -> list.stream().map(JwtAuthorizer::asText).collect(Collectors.joining(" ", "[", "]"));
            case Object[] array -> asText(Arrays.asList(array));
            case Double d -> new BigDecimal(d.toString()).stripTrailingZeros().toPlainString();
            case Float f -> new BigDecimal(f.toString()).stripTrailingZeros().toPlainString();
            case Number n -> n.toString();
            case Map<?, ?> map -> JSONObjectUtils.toJSONString(stringKeys(map));
            default -> value.toString();
        };
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }

    /** From the {@code scope} (space-separated) or {@code scp} claim, as API Gateway reads them. */
    private static List<String> scopes(JWTClaimsSet claims) {
        Object scope = claims.getClaim("scope");
        if (scope == null) {
            scope = claims.getClaim("scp");
        }
        return switch (scope) {
            case null -> null;
            case String text -> List.of(text.trim().split("\\s+"));
            case Collection<?> list -> list.stream().map(String::valueOf).toList();
            default -> List.of(scope.toString());
        };
    }
}
