package org.chancery.site;

/** The page for an HTTP error: what went wrong and what the reader can do, never a stack trace. */
public record ErrorPage(Chrome chrome, int status, String heading, String explanation) {}
