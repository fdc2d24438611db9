package desk.devkit;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.EnvironmentPropertySource;
import io.micronaut.context.env.MapPropertySource;
import io.micronaut.context.env.PropertySource;
import io.micronaut.function.aws.MicronautLambdaContext;

/**
 * A function's Micronaut context as it starts in Lambda. The function's environment (the
 * template's variables and Lambda's own) is the environment-variable property source, at the
 * place Micronaut gives the process environment, so every property name Micronaut derives from a
 * variable in Lambda resolves here too and overrides {@code application.properties} as there;
 * this machine's own environment is left out, as it is not the function's. The active
 * environments are those {@code MicronautRequestHandler} starts with in Lambda. The one
 * local-only property, {@code desk.dynamodb.endpoint}, is a plain property.
 *
 * <p>Not reproduced: {@code MicronautRequestHandler}'s eager initialisation of every singleton.
 * Locally every function shares one classpath holding all handler modules, so it would build
 * beans another function's jar holds and this one's does not.
 *
 * <p>The local runtime starts its execution environments with it, and handler tests their contexts,
 * so both resolve configuration exactly as a deployed function does.
 */
public final class FunctionContexts {

    private FunctionContexts() {
    }

    /** @param localProperties plain properties only the local setup needs: where the stand-ins of AWS services listen */
    public static ApplicationContext start(SamTemplate template, SamFunction function, Map<String, Object> localProperties,
                                    String logStreamName) {
        return ApplicationContext.builder()
                .environments(Environment.FUNCTION, MicronautLambdaContext.ENVIRONMENT_LAMBDA)
                .environmentPropertySource(false)
                .propertySources(new FunctionEnvironment(
                        FunctionProperties.environment(template, function.logicalId(), logStreamName)))
                .properties(localProperties)
                .start();
    }

    /** The function's environment variables, read under Micronaut's environment-variable rules. */
    private static final class FunctionEnvironment extends MapPropertySource {

        FunctionEnvironment(Map<String, String> variables) {
            super(EnvironmentPropertySource.NAME, new LinkedHashMap<>(variables));
        }

        @Override
        public PropertySource.PropertyConvention getConvention() {
            return PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE;
        }

        @Override
        public int getOrder() {
            return EnvironmentPropertySource.POSITION;
        }
    }
}
