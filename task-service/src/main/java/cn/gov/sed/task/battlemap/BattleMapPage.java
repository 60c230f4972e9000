package cn.gov.sed.task.battlemap;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The battle map (挂图作战) as a web page. The page itself holds no data: it asks for a token and reads
 * {@code GET /api/v1/battle-map} with it, so the same role and district rules apply as for the API.
 */
@Path("/battle-map")
@PermitAll
@Tag(name = "battle map", description = "挂图作战: tasks and listed hazards per district")
public class BattleMapPage {
    private final String html;

    public BattleMapPage() {
        try (InputStream in = BattleMapPage.class.getResourceAsStream("/web/battle-map.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(operationId = "getBattleMapPage",
            summary = "The battle map as a web page (挂图作战); its data comes from /api/v1/battle-map with the viewer's token",
            description = "Open without a token: the HTML page holds no data. It asks the viewer for a token and reads getBattleMap with it, "
                    + "so the same roles and district scope apply (city, district-admin, inspector).")
    public String page() {
        return html;
    }
}
