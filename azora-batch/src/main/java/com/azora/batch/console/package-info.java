/**
 * The batch admin console's side in the batch module: the catalogue of jobs with their schedules,
 * parameter parsing, and {@link com.azora.batch.console.BatchConsole}, the admin-only facade the
 * web pages call. It reaches the runtime only through {@link com.azora.batch.BatchJobs}.
 */
package com.azora.batch.console;
