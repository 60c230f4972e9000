package cn.gov.sed.inspection.reference;

import cn.gov.sed.contracts.reference.ReferenceData;
import cn.gov.sed.contracts.reference.ReferenceEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The reference data every client needs to fill a form; open without a token. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Reference data", description = "Districts, equipment catalogue, industries, departments (参考数据)")
public class ReferenceDataResource {
    private final ReferenceData data = ReferenceData.get();

    @GET
    @Path("/districts")
    @Operation(operationId = "listDistricts",
            summary = "The 16 districts of Tianjin (区)",
            description = "Open without a token. Answers an unpaged array of districts {code, nameZh, nameEn}.")
    public List<ReferenceEntry> districts() {
        return data.districts().all();
    }

    @GET
    @Path("/equipment-categories")
    @Operation(operationId = "listEquipmentCategories",
            summary = "The special-equipment catalogue (特种设备目录), a tree by `parent`",
            description = "Open without a token. Answers an unpaged array of equipment categories {code, nameZh, "
            + "nameEn, parent}, a tree by `parent`.")
    public List<EquipmentCategoryView> equipmentCategories() {
        return data.equipmentCatalogue().codes().all().stream().map(EquipmentCategoryView::of).toList();
    }

    @GET
    @Path("/industries")
    @Operation(operationId = "listIndustries",
            summary = "Industries of units (行业)",
            description = "Open without a token. Answers an unpaged array of industries {code, nameZh, nameEn}.")
    public List<ReferenceEntry> industries() {
        return data.industries().all();
    }

    @GET
    @Path("/departments")
    @Operation(operationId = "listDepartments",
            summary = "Industry authorities (行业主管部门)",
            description = "Open without a token. Answers an unpaged array of industry authorities {code, nameZh, "
            + "nameEn}, the codes of the `department` claim.")
    public List<ReferenceEntry> departments() {
        return data.departments().all();
    }
}
