package desk.devkit;

import java.util.List;
import java.util.Map;

/**
 * An {@code AWS::Serverless::Function} with {@code Globals.Function} already merged in.
 *
 * @param handlerClass the {@code Handler} without any {@code ::method} suffix
 * @param environment  the environment variables, every value resolved for local use
 */
public record SamFunction(
        String logicalId,
        String handlerClass,
        String codeUri,
        int timeoutSeconds,
        int memoryMb,
        Map<String, String> environment,
        List<FunctionEvent> events) {

    public SamFunction {
        environment = Map.copyOf(environment);
        events = List.copyOf(events);
    }
}
