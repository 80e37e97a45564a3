package org.daybrief.summarize;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * A sentence's features as an immutable map in the scorers' order: the names in an array shared by every sentence
 * scored by the same scorers, the values unboxed. Every summary's sentences carry the same few features; held as
 * a {@link LinkedHashMap} of boxed doubles each (and, read back from the job's store, each with its own copy of
 * every name), they were about 80 MB of the 350 MB that a 20,000-document backfill kept live while it built its
 * digests, copied by every young collection.
 */
final class Features extends AbstractMap<String, Double> {

    /** Name arrays already in use, by their names: a handful of scorer sets in any run. */
    private static final Map<List<String>, String[]> NAMES = new ConcurrentHashMap<>();
    private static final int MAX_NAME_SETS = 256;
    /** The last name array used: the one the next sentence almost always has. */
    private static volatile String[] last = new String[0];

    private final String[] names;
    private final double[] values;

    private Features(String[] names, double[] values) {
        this.names = names;
        this.values = values;
    }

    /**
     * The same entries in the same order, immutable. A map with a null name or value is kept as it is, unmodifiable.
     */
    static Map<String, Double> of(Map<String, Double> features) {
        if (features == null || features.isEmpty()) {
            return Map.of();
        }
        if (features instanceof Features) {
            return features;
        }
        String[] names = new String[features.size()];
        double[] values = new double[names.length];
        int k = 0;
        for (Map.Entry<String, Double> e : features.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                return Collections.unmodifiableMap(new LinkedHashMap<>(features));
            }
            names[k] = e.getKey();
            values[k++] = e.getValue();
        }
        return new Features(shared(names), values);
    }

    private static String[] shared(String[] names) {
        String[] recent = last;
        if (Arrays.equals(recent, names)) {
            return recent;
        }
        List<String> key = List.of(names);
        String[] known = NAMES.get(key);
        if (known == null) {
            if (NAMES.size() >= MAX_NAME_SETS) {
                return names;
            }
            known = NAMES.computeIfAbsent(key, k -> names);
        }
        last = known;
        return known;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public Double get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Double> action) {
        for (int i = 0; i < names.length; i++) {
            action.accept(names[i], values[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return names.length;
            }

            @Override
            public Iterator<Map.Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Map.Entry<String, Double> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }
        };
    }
}
