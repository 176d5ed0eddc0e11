/** The caller's own account over the API (/api/me). */
package com.azora.api.me;
