package com.azora.catalog.application;

/**
 * Something anonymous catalog readers see has changed (a course published, archived or rated).
 * Fired inside the changing transaction; the catalog cache drops its entries once it commits.
 */
public record CatalogChanged(long courseId) {}
