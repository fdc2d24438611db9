package desk.devkit;

/**
 * An {@code HttpApi} event of a function.
 *
 * @param method HTTP method in upper case, or {@code ANY}
 * @param path   the route path as declared, e.g. {@code /tickets/{id}}
 * @param apiId  logical id of the {@code AWS::Serverless::HttpApi}; SAM's implicit API is
 *               {@code ServerlessHttpApi}
 */
public record HttpRoute(String method, String path, String functionLogicalId, String apiId) {

    /** API Gateway's route key, e.g. {@code POST /tickets}. */
    public String routeKey() {
        return method + " " + path;
    }
}
