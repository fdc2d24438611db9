package desk.handler.claims;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2;
import io.micronaut.serde.annotation.SerdeImport;

/**
 * Lets Micronaut serde read and write the V2 pre-token-generation event (the local runtime and the
 * tests go through it; Lambda's own serializer needs nothing): micronaut-aws-lambda-events-serde
 * 4.11 knows only the V1 event, and the base {@code CognitoUserPoolEvent} parts.
 */
@SerdeImport(CognitoUserPoolPreTokenGenerationEventV2.class)
@SerdeImport(CognitoUserPoolPreTokenGenerationEventV2.Request.class)
@SerdeImport(CognitoUserPoolPreTokenGenerationEventV2.GroupConfiguration.class)
@SerdeImport(CognitoUserPoolPreTokenGenerationEventV2.Response.class)
@SerdeImport(CognitoUserPoolPreTokenGenerationEventV2.ClaimsAndScopeOverrideDetails.class)
@SerdeImport(CognitoUserPoolPreTokenGenerationEventV2.IdTokenGeneration.class)
@SerdeImport(CognitoUserPoolPreTokenGenerationEventV2.AccessTokenGeneration.class)
@SerdeImport(CognitoUserPoolPreTokenGenerationEventV2.GroupOverrideDetails.class)
final class PreTokenGenerationEventSerde {
    private PreTokenGenerationEventSerde() {}
}
