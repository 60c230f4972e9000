package cn.gov.sed.task.battlemap;

import cn.gov.sed.platform.idempotency.Idempotent;
import cn.gov.sed.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/battle-map")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "battle map", description = "挂图作战: tasks and listed hazards per district")
@SecurityRequirement(name = "bearer")
public class BattleMapResource {
    @Inject
    BattleMapService battleMap;

    @GET
    @RolesAllowed({Roles.CITY, Roles.DISTRICT_ADMIN, Roles.INSPECTOR})
    @Operation(operationId = "getBattleMap",
            summary = "The battle map: one entry per district (a district role sees its own)",
            description = "For the city (every district) and district-admin and inspector (their own district). "
                    + "Answers a plain array, unpaged: per district its task counts, listed-hazard counts, rectification rate and ragStatus.")
    @APIResponse(responseCode = "200", description = "a plain array, unpaged")
    public List<BattleMapEntry> map() {
        return battleMap.map();
    }
}
