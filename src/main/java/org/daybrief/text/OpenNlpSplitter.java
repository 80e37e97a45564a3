package org.daybrief.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP sentence detection inside the units of {@link LineUnits}, followed by {@link Abbreviations}
 * repair. The loaded {@link SentenceModel} is shared; each thread gets its own {@link SentenceDetectorME}
 * (which is not thread-safe), so one instance can be used from any number of threads.
 */
public final class OpenNlpSplitter implements SentenceSplitter {

    private final ThreadLocal<SentenceDetectorME> detector;
    private final Abbreviations abbreviations;

    public OpenNlpSplitter(SentenceModel model, String language) {
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
        this.abbreviations = Abbreviations.forLanguage(language);
    }

    @Override
    public List<Sentence> split(String text) {
        SentenceDetectorME me = detector.get();
        List<Sentence> out = new ArrayList<>();
        for (Sentence unit : LineUnits.of(text)) {
            String unitText = unit.of(text);
            Span[] spans = me.sentPosDetect(unitText);
            List<Sentence> pieces = new ArrayList<>(spans.length + 1);
            for (Span span : spans) {
                int s = unit.start() + span.getStart();
                int e = unit.start() + span.getEnd();
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    pieces.add(new Sentence(s, e));
                }
            }
            if (pieces.isEmpty()) {
                pieces.add(unit);
            }
            out.addAll(abbreviations.repair(text, SplitRepair.repair(text, pieces)));
        }
        return out;
    }
}
