package cn.gov.sed.inspection.reference;

import cn.gov.sed.contracts.reference.EquipmentCategory;
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
    @Operation(summary = "The 16 districts of Tianjin (区)")
    public List<ReferenceEntry> districts() {
        return data.districts().all();
    }

    @GET
    @Path("/equipment-categories")
    @Operation(summary = "The special-equipment catalogue (特种设备目录), a tree by `parent`")
    public List<EquipmentCategory> equipmentCategories() {
        return data.equipmentCatalogue().codes().all();
    }

    @GET
    @Path("/industries")
    @Operation(summary = "Industries of units (行业)")
    public List<ReferenceEntry> industries() {
        return data.industries().all();
    }

    @GET
    @Path("/departments")
    @Operation(summary = "Industry authorities (行业主管部门)")
    public List<ReferenceEntry> departments() {
        return data.departments().all();
    }
}
