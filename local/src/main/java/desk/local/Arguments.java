package desk.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A subcommand's arguments: {@code --name value} options, {@code --flag}s and positional words.
 * Which names are flags is the caller's knowledge, so {@code --seed} never swallows the next word.
 */
record Arguments(List<String> positional, Map<String, String> options, Set<String> flags) {

    static Arguments parse(List<String> args, Set<String> knownFlags, Set<String> knownOptions) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals > 0) {
                requireKnown(name.substring(0, equals), knownOptions);
                options.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (knownFlags.contains(name)) {
                flags.add(name);
            } else {
                requireKnown(name, knownOptions);
                if (i + 1 >= args.size()) {
                    throw new UsageException("--" + name + " needs a value");
                }
                options.put(name, args.get(++i));
            }
        }
        return new Arguments(List.copyOf(positional), Map.copyOf(options), Set.copyOf(flags));
    }

    private static void requireKnown(String name, Set<String> known) {
        if (!known.contains(name)) {
            throw new UsageException("Unknown option --" + name);
        }
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int intOption(String name, int fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, not " + value);
        }
    }
}
