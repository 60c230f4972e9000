package cn.gov.sed.platform.paging;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The paging query of every list: {@code ?page=0&size=20&sort=field,asc|desc}. Use with {@code @BeanParam}. */
public class PageParams {
    // read as text so a bad value gets our 400 naming the field; the spec states the type generated clients use
    // no @DefaultValue: an absent page is 0 all the same (PageRequest), and a list paged by cursor must tell
    // "page absent" from "page=0" (page and after together are a 400)
    @QueryParam("page")
    @Parameter(description = "page number, from 0; a page beyond the data is empty",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "2147483647", defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Parameter(description = "items per page",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
    public String size;

    @QueryParam("sort")
    @Parameter(description = "field,asc or field,desc (the fields each list allows)",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]+(,(asc|desc))?$", maxLength = 100))
    public String sort;

    public PageParams() {
    }

    public PageParams(String page, String size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }
}
