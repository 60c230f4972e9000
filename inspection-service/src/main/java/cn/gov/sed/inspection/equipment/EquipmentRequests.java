package cn.gov.sed.inspection.equipment;

import cn.gov.sed.contracts.reference.EquipmentCatalogue;
import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.platform.problem.ValidationException;
import cn.gov.sed.platform.problem.Violation;
import cn.gov.sed.platform.query.QueryParams;
import cn.gov.sed.platform.validation.Limits;

import java.util.ArrayList;
import java.util.List;

/** The checks of an equipment body beyond its syntax: for registering, revising and each row of an import. */
final class EquipmentRequests {
    /** The UNIQUE constraint on equipment.equipment_code (V1__inspection_schema.sql). */
    static final String CODE_KEY = "equipment_equipment_code_key";

    private EquipmentRequests() {
    }

    /**
     * What is wrong with a request beyond its syntax, field by field (the import checks its rows with it too, whose
     * cells no bean rule has seen).
     */
    static List<Violation> problems(EquipmentRequest request) {
        List<Violation> problems = new ArrayList<>();
        EquipmentCatalogue catalogue = ReferenceData.get().equipmentCatalogue();
        String category = QueryParams.blankToNull(request.category());
        if (category == null) {
            problems.add(new Violation("category", "is required"));
        } else if (!catalogue.contains(category)) {
            problems.add(new Violation("category", "unknown equipment category '" + category + "'"));
        } else if (!catalogue.isRegistrableLeaf(category)) {
            problems.add(new Violation("category", "'" + category + "' is not a leaf of a registrable kind"
                    + " (1000–6000, 8000, 9000)"));
            category = null;
        }
        EquipmentCodeRule.Check code = EquipmentCodeRule.check(EquipmentCodeRule.normalise(request.equipmentCode()),
                category);
        if (!code.ok()) {
            problems.add(new Violation("equipmentCode", code.problem()));
        }
        if (request.registrationNumber() != null && request.registrationNumber().strip().length() > 50) {
            problems.add(new Violation("registrationNumber", "must be at most 50 characters"));
        }
        if (request.usageEnvironment() == null) {
            problems.add(new Violation("usageEnvironment", "is required"));
        }
        if (request.location() != null && request.location().length() > Limits.NAME) {
            problems.add(new Violation("location", "must be at most " + Limits.NAME + " characters"));
        }
        return problems;
    }

    /** 400 naming every problem; answers the normalised equipment code. */
    static String check(EquipmentRequest request) {
        List<Violation> problems = problems(request);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return EquipmentCodeRule.normalise(request.equipmentCode());
    }

    /** What the 409 says when the code is another equipment's. */
    static String taken(String code) {
        return "equipment " + code + " is already registered";
    }
}
