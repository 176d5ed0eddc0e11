/** API plumbing: bearer-token authentication and the problem+json exception mappers. */
package com.azora.api.support;
