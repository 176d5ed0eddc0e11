/** API sign-up and token endpoints under /api/auth. */
package com.azora.api.auth;
