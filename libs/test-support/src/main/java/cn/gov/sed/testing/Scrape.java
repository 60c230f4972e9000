package cn.gov.sed.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Prometheus scrape ({@code /q/metrics}) read into samples, for tests that assert what an operator's Prometheus
 * would see: the metric names, their labels and values. Understands the text format as Micrometer writes it,
 * exemplars ({@code # {trace_id=…} 1.0 …}) included.
 */
public final class Scrape {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*?\")})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One line of the scrape. */
    public record Sample(String name, Map<String, String> labels, double value) {
        /** True when every {@code name=value} pair given is among the labels. */
        public boolean has(String... pairs) {
            for (String pair : pairs) {
                int eq = pair.indexOf('=');
                if (!pair.substring(eq + 1).equals(labels.get(pair.substring(0, eq)))) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Sample> samples;

    private Scrape(List<Sample> samples) {
        this.samples = samples;
    }

    public static Scrape of(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (line.startsWith("#") || !m.find()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(2) != null) {
                Matcher l = LABEL.matcher(m.group(2));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
        }
        return new Scrape(samples);
    }

    public List<Sample> samples() {
        return samples;
    }

    /** The names of every metric in the scrape (histogram and counter suffixes included, as Prometheus sees them). */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        samples.forEach(s -> names.add(s.name()));
        return names;
    }

    /** The value of the first sample of {@code name} with all the {@code label=value} pairs; NaN when there is none. */
    public double value(String name, String... pairs) {
        return samples.stream().filter(s -> s.name().equals(name) && s.has(pairs)).mapToDouble(Sample::value)
                .findFirst().orElse(Double.NaN);
    }

    /** Like {@link #value} but 0 when there is no such sample (a counter not yet incremented). */
    public double count(String name, String... pairs) {
        double value = value(name, pairs);
        return Double.isNaN(value) ? 0 : value;
    }
}
