package org.crosscheck.model;

/** A piece of the extracted text left out of the body, kept so a user can see and restore it. */
public record Removed(Span span, JunkKind kind) {}
