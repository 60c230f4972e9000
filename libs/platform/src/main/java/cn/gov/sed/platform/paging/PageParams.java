package cn.gov.sed.platform.paging;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The paging query of every list: {@code ?page=0&size=20&sort=field,asc|desc}. Use with {@code @BeanParam}. */
public class PageParams {
    @QueryParam("page")
    @DefaultValue("0")
    public String page;

    @QueryParam("size")
    @DefaultValue("20")
    public String size;

    @QueryParam("sort")
    public String sort;

    public PageParams() {
    }

    public PageParams(String page, String size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }
}
