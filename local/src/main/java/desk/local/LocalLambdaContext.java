package desk.local;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

import desk.devkit.LocalAws;
import desk.devkit.SamFunction;

/**
 * Lambda's per-invocation context as the managed runtime would give it, with logs on stderr.
 *
 * @param logStreamName the execution environment's: Lambda names one stream per environment
 */
record LocalLambdaContext(SamFunction function, String logStreamName, String awsRequestId, Instant deadline, Clock clock,
                          PrintStream log) implements Context {

    static LocalLambdaContext start(SamFunction function, String logStreamName, String requestId, Clock clock, PrintStream log) {
        return new LocalLambdaContext(function, logStreamName, requestId,
                clock.instant().plusSeconds(function.timeoutSeconds()), clock, log);
    }

    @Override
    public String getAwsRequestId() {
        return awsRequestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + function.logicalId();
    }

    @Override
    public String getLogStreamName() {
        return logStreamName;
    }

    @Override
    public String getFunctionName() {
        return function.logicalId();
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:" + LocalAws.REGION.id() + ":" + LocalAws.ACCOUNT_ID + ":function:" + function.logicalId();
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, deadline.toEpochMilli() - clock.millis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return function.memoryMb();
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                log.print(message);
                log.flush();
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
