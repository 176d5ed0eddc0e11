/** The batch console over HTTP for admins and operations scripts (the cluster drill uses it). */
package com.azora.api.batch;
