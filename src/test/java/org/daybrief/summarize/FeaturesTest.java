package org.daybrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeaturesTest {

    private static Map<String, Double> scores(double position, double centrality, double length) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("position", position);
        m.put("centrality", centrality);
        m.put("length", length);
        return m;
    }

    @Test
    void isTheSameMapInTheScorersOrder() {
        Map<String, Double> plain = scores(1.0, -0.0, 0.25);
        Map<String, Double> features = Features.of(plain);
        assertThat(List.copyOf(features.keySet())).containsExactly("position", "centrality", "length");
        assertThat(List.copyOf(features.values())).containsExactly(1.0, -0.0, 0.25);
        assertThat(features).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(features.get("centrality")).isEqualTo(-0.0);
        assertThat(features.get("missing")).isNull();
        assertThat(features.containsKey("length")).isTrue();
        assertThat(features.containsKey("missing")).isFalse();
        assertThat(Features.of(scores(1.0, 0.5, 0.25))).isNotEqualTo(features);
        assertThatThrownBy(() -> features.put("x", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> features.entrySet().iterator().next().setValue(2.0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sentencesWriteAndReadTheSameJsonAsBefore() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ScoredSentence sentence = new ScoredSentence(2, "A sentence.", 0.5, scores(0.75, 0.125, 1.0));
        String written = json.writeValueAsString(sentence);
        assertThat(written).contains("\"features\":{\"position\":0.75,\"centrality\":0.125,\"length\":1.0}");
        ScoredSentence read = json.readValue(written, ScoredSentence.class);
        assertThat(read).isEqualTo(sentence);
        assertThat(json.writeValueAsString(read)).isEqualTo(written);
    }

    @Test
    void keepsAMapWithANullValueAsItIs() {
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("position", null);
        assertThat(Features.of(withNull)).isEqualTo(withNull);
        assertThat(Features.of(Map.of())).isEmpty();
        assertThat(Features.of(null)).isEmpty();
    }
}
