package cn.gov.sed.contracts.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A typed, ordered lookup of reference codes; unknown codes are rejected by the callers with 400. */
public final class CodeList<T> {
    private final String name;
    private final Map<String, T> byCode;

    CodeList(String name, Map<String, T> byCode) {
        this.name = name;
        this.byCode = Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
    }

    /** What the list is called, for messages ("district", "industry" ...). */
    public String name() {
        return name;
    }

    public boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    public Optional<T> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public T get(String code) {
        T entry = code == null ? null : byCode.get(code);
        if (entry == null) {
            throw new IllegalArgumentException("unknown " + name + " code: " + code);
        }
        return entry;
    }

    public List<T> all() {
        return List.copyOf(byCode.values());
    }

    public int size() {
        return byCode.size();
    }
}
