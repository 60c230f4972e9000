package cn.gov.sed.platform.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query of a list that also pages by cursor ({@link KeysetPages}): {@code page}, {@code size},
 * {@code sort} and {@code ?after=<the next cursor of the page before>}. Use with {@code @BeanParam}.
 */
public class CursorPageParams extends PageParams {
    /** Longest cursor: the sort values of one row (a 200-character name in UTF-8 included), base64url. */
    public static final int MAX_CURSOR = 1500;

    @QueryParam("after")
    @Parameter(description = "continue after the page that answered this cursor (its `next`), in the same order "
            + "and with the same filters; fast at any depth. Not with `page` (400); a cursor that is not one of this "
            + "list's answers, or was made for another order, filters or caller, is a 400 naming `after`",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9_.-]+$", maxLength = MAX_CURSOR))
    public String after;

    public CursorPageParams() {
    }

    public CursorPageParams(String page, String size, String sort, String after) {
        super(page, size, sort);
        this.after = after;
    }
}
