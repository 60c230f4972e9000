package cn.gov.sed.contracts.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The special-equipment catalogue (特种设备目录) as a tree by its {@code parent} column:
 * 种类 x000 → 类别 xx00 → 品种 xxx0. The parent column is authoritative (7310 安全阀 sits under F000).
 */
public final class EquipmentCatalogue {
    /** Kinds whose equipment is registered for use: not 7000 components or F000 accessories. */
    private static final Set<String> REGISTRABLE_KINDS =
            Set.of("1000", "2000", "3000", "4000", "5000", "6000", "8000", "9000");

    private final CodeList<EquipmentCategory> codes;
    private final Set<String> parents = new HashSet<>();

    EquipmentCatalogue(Map<String, EquipmentCategory> byCode) {
        this.codes = new CodeList<>("equipment category", byCode);
        for (EquipmentCategory c : byCode.values()) {
            if (c.parent() != null) {
                parents.add(c.parent());
            }
        }
    }

    public CodeList<EquipmentCategory> codes() {
        return codes;
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    /** The code itself, then its parent, up to its kind (种类). */
    public List<String> selfAndAncestors(String code) {
        List<String> chain = new ArrayList<>();
        String current = code;
        while (current != null && codes.contains(current)) {
            chain.add(current);
            current = codes.get(current).parent();
        }
        return chain;
    }

    /** The kind (种类, a root code such as 3000) the code belongs to. */
    public String kindOf(String code) {
        List<String> chain = selfAndAncestors(code);
        return chain.isEmpty() ? null : chain.get(chain.size() - 1);
    }

    public boolean isLeaf(String code) {
        return codes.contains(code) && !parents.contains(code);
    }

    /** A leaf of a kind that is registered for use: what a piece of equipment may be catalogued as. */
    public boolean isRegistrableLeaf(String code) {
        return isLeaf(code) && REGISTRABLE_KINDS.contains(kindOf(code));
    }

    /** True when {@code code} is {@code ancestor} or lies beneath it. */
    public boolean isWithin(String code, String ancestor) {
        return selfAndAncestors(code).contains(ancestor);
    }
}
