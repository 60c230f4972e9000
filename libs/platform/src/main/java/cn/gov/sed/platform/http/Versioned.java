package cn.gov.sed.platform.http;

/** A view of a mutable resource; its {@code version} becomes the strong {@code ETag: "<version>"}. */
public interface Versioned {
    long version();
}
