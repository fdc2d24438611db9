package desk.devkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads CloudFormation's short-form intrinsic tags ({@code !Ref X}, {@code !GetAtt A.Arn}, ...) as
 * the long form ({@code {Ref: X}}, {@code {Fn::GetAtt: [A, Arn]}}), so the rest of the devkit only
 * ever sees plain maps, lists and scalars, whichever form the template author chose.
 */
final class CloudFormationConstructor extends SafeConstructor {

    private static final List<String> FUNCTIONS = List.of(
            "GetAtt", "Sub", "Join", "If", "Select", "Split", "FindInMap", "ImportValue",
            "Equals", "Not", "And", "Or", "Base64", "Cidr", "GetAZs", "Length", "ToJsonString");

    CloudFormationConstructor() {
        super(new LoaderOptions());
        yamlConstructors.put(new Tag("!Ref"), new LongForm("Ref"));
        yamlConstructors.put(new Tag("!Condition"), new LongForm("Condition"));
        for (String function : FUNCTIONS) {
            yamlConstructors.put(new Tag("!" + function), new LongForm("Fn::" + function));
        }
    }

    private final class LongForm extends AbstractConstruct {
        private final String key;

        LongForm(String key) {
            this.key = key;
        }

        @Override
        public Object construct(Node node) {
            Object value = switch (node) {
                case ScalarNode scalar -> scalarArgument(scalar);
                case SequenceNode sequence -> new ArrayList<>(constructSequence(sequence));
                case MappingNode mapping -> constructMapping(mapping);
                default -> throw new IllegalStateException("Unexpected YAML node " + node);
            };
            return Map.of(key, value);
        }

        private Object scalarArgument(ScalarNode scalar) {
            String text = constructScalar(scalar);
            // !GetAtt Resource.Attribute is the one short form whose scalar is really a list.
            if (key.equals("Fn::GetAtt")) {
                int dot = text.indexOf('.');
                return dot < 0 ? List.of(text) : Arrays.asList(text.substring(0, dot), text.substring(dot + 1));
            }
            return text;
        }
    }
}
