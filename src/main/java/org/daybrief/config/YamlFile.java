package org.daybrief.config;

import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the text of a YAML configuration file into plain maps, lists and scalars. A key given twice in one mapping
 * is an error (SnakeYAML would otherwise keep the last one without a word), and so is bad syntax; both name the
 * file, the key or line, and the fix.
 */
final class YamlFile {

    private YamlFile() {
    }

    /** The file's root value (a map, a list, a scalar or null). */
    static Object parse(String file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            return new Yaml(new SafeConstructor(options)).load(text);
        } catch (DuplicateKeyException e) {
            throw duplicate(file, text, e);
        } catch (MarkedYAMLException e) {
            Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new ConfigException(file, "(syntax)", "not valid YAML"
                    + (at == null ? "" : " at line " + (at.getLine() + 1) + ", column " + (at.getColumn() + 1))
                    + ": " + e.getProblem(), "fix the YAML syntax there (indentation, quotes, colons)");
        } catch (YAMLException e) {
            throw new ConfigException(file, "(syntax)", "not valid YAML: " + e.getMessage(), "fix the YAML syntax");
        }
    }

    /**
     * SnakeYAML's error gives the mapping's start and the second key's position; the key's full path (as the rest
     * of the checks name keys: {@code summary.sentences}, {@code email.subscribers[0].name}) and the line of its
     * first occurrence are found in the file's node tree, which composing (without constructing) still allows.
     */
    private static ConfigException duplicate(String file, String text, DuplicateKeyException e) {
        int second = e.getProblemMark().getLine() + 1;
        String problem = e.getProblem();
        String key = problem.startsWith("found duplicate key ") ? problem.substring("found duplicate key ".length())
                : problem;
        int first = -1;
        Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        Located mapping = find(root, "", e.getContextMark().getIndex());
        String path = key;
        if (mapping != null) {
            path = mapping.path() + key;
            for (NodeTuple t : ((MappingNode) mapping.node()).getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    first = k.getStartMark().getLine() + 1;
                    break;
                }
            }
        }
        String lines = first > 0 && first != second ? "lines " + first + " and " + second : "line " + second;
        return new ConfigException(file, path, "given twice (" + lines + "): one of them would be ignored",
                "keep one '" + key + ":' holding everything it should");
    }

    private record Located(Node node, String path) {
    }

    /** The mapping node starting at a character index, with the dotted path of keys that leads to it. */
    private static Located find(Node node, String path, int index) {
        if (node instanceof MappingNode m) {
            if (m.getStartMark().getIndex() == index) {
                return new Located(m, path);
            }
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
                Located found = find(t.getValueNode(), path + key + ".", index);
                if (found != null) {
                    return found;
                }
            }
        } else if (node instanceof SequenceNode s) {
            List<Node> items = s.getValue();
            String list = path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
            for (int i = 0; i < items.size(); i++) {
                Located found = find(items.get(i), list + "[" + i + "].", index);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
