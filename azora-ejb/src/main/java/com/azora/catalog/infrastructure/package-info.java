/** Catalog plumbing: the short-lived cache of anonymous catalog reads and its invalidation. */
package com.azora.catalog.infrastructure;
