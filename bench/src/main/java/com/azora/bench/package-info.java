/**
 * The catalog benchmark: starts Azora through the launcher, seeds a large catalog, drives catalog
 * search at a fixed concurrency and writes the numbers into docs/benchmarks.md. Not a test.
 */
package com.azora.bench;
