package desk.devkit.ses;

/**
 * A refusal as SES v2 answers it: the HTTP status and the error type in {@code x-amzn-ErrorType}
 * (e.g. 400 {@code BadRequestException}, 400 {@code MessageRejected}, 429
 * {@code TooManyRequestsException}, 500 {@code InternalFailure}).
 */
public record SesError(int status, String type, String message) {

    /** Sending throttled: the SDK and our mailer treat it as "retry later". */
    public static SesError throttled() {
        return new SesError(429, "TooManyRequestsException", "Maximum sending rate exceeded.");
    }

    /** SES itself failed. */
    public static SesError internalFailure() {
        return new SesError(500, "InternalFailure", "The request processing has failed because of an unknown error.");
    }
}
