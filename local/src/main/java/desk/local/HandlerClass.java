package desk.local;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.RequestHandler;

import desk.devkit.SamFunction;

/**
 * What Lambda's Java runtime learns from a function's {@code Handler}: the class, and the
 * {@code I} and {@code O} of its {@code RequestHandler<I, O>}, found through its superclasses
 * (such as {@code MicronautRequestHandler<I, O>}) and interfaces. The runtime reads each event's
 * JSON into {@code input} and writes the response from {@code output}.
 *
 * @param input  a class or a parameterized type; {@code Object} when the handler leaves it open
 * @param output likewise
 */
record HandlerClass(Class<?> type, Type input, Type output) {

    static HandlerClass of(SamFunction function) {
        Class<?> type;
        try {
            type = Class.forName(function.handlerClass());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Handler " + function.handlerClass() + " of " + function.logicalId()
                    + " is not on the classpath: is its module built and a dependency of local?", e);
        }
        if (!RequestHandler.class.isAssignableFrom(type)) {
            throw new IllegalStateException(function.handlerClass() + " (Handler of " + function.logicalId()
                    + ") is not a com.amazonaws.services.lambda.runtime.RequestHandler");
        }
        return of(type);
    }

    static HandlerClass of(Class<?> type) {
        Type[] arguments = requestHandlerArguments(type, Map.of());
        if (arguments == null) {
            throw new IllegalArgumentException(type.getName() + " is not a RequestHandler");
        }
        return new HandlerClass(type, arguments[0], arguments[1]);
    }

    /** RequestHandler's two type arguments as {@code type} binds them, or null if it is no RequestHandler. */
    private static Type[] requestHandlerArguments(Type type, Map<TypeVariable<?>, Type> outer) {
        Class<?> raw;
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        if (type instanceof ParameterizedType parameterized) {
            raw = (Class<?>) parameterized.getRawType();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                bindings.put(variables[i], resolve(arguments[i], outer));
            }
        } else if (type instanceof Class<?> plain) {
            raw = plain;
        } else {
            return null;
        }
        if (raw == RequestHandler.class) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            return new Type[] {resolve(variables[0], bindings), resolve(variables[1], bindings)};
        }
        List<Type> supertypes = new ArrayList<>(List.of(raw.getGenericInterfaces()));
        if (raw.getGenericSuperclass() != null) {
            supertypes.addFirst(raw.getGenericSuperclass());
        }
        for (Type supertype : supertypes) {
            Type[] found = requestHandlerArguments(supertype, bindings);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A variable as bound, else its bound (Object for a raw use); a wildcard as its upper bound. */
    private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable);
            return bound != null ? bound : resolve(variable.getBounds()[0], Map.of());
        }
        if (type instanceof WildcardType wildcard) {
            return resolve(wildcard.getUpperBounds()[0], bindings);
        }
        return type;
    }
}
