/**
 * Web security: the Shiro realm that redeems login grants, the per-request session guard, cookie
 * settings and security headers.
 */
package com.azora.web.security;
