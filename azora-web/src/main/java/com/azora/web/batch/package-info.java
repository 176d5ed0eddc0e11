/**
 * The batch admin console's pages (/admin/batch and the execution drill-down). Thin view beans over
 * {@link com.azora.batch.console.BatchConsole}; they never touch the batch runtime themselves.
 */
package com.azora.web.batch;
