package cn.gov.sed.deploy.checks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading YAML documents, and the strict mapper every typed model is read with. */
public final class Yamls {

    /** YAML as trees; a key given twice in one mapping is an error, not "the last one wins". */
    static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /**
     * Trees to typed models: an unknown property fails (where a model has no catch-all map; where it has one,
     * {@link StrictModels} looks into it), and no scalar is coerced ("3" is not a number, 3 is not a string).
     */
    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private Yamls() {
    }

    /** Every non-empty document of a file, each a mapping. */
    public static List<ObjectNode> documents(Path file) {
        try {
            return documents(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<ObjectNode> documents(String yaml, String source) {
        List<ObjectNode> documents = new ArrayList<>();
        for (JsonNode document : all(yaml, source)) {
            if (document == null || document.isNull() || document.isMissingNode()) {
                continue;
            }
            if (!document.isObject()) {
                throw new ManifestException(source + ": a document is not a mapping: " + document);
            }
            documents.add((ObjectNode) document);
        }
        return documents;
    }

    /** Every YAML document of the text, as it is (a document that is a list stays one list). */
    private static List<JsonNode> all(String yaml, String source) {
        List<JsonNode> all = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(yaml)) {
            while (parser.nextToken() != null) {
                all.add(YAML.readTree(parser));
            }
        } catch (IOException e) {
            throw new ManifestException(source + ": not YAML: " + e.getMessage(), e);
        }
        return all;
    }

    /** The one document of a patch, which may be a sequence (a JSON 6902 patch); a second document is an error. */
    static JsonNode tree(String yaml, String source) {
        List<JsonNode> all = all(yaml, source);
        if (all.size() != 1) {
            throw new ManifestException(source + ": one document expected in a patch, found " + all.size());
        }
        return all.get(0);
    }
}
