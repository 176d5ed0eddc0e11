/**
 * Authorization for every EJB method: Shiro's annotations are enforced by a default interceptor
 * (ejb-jar.xml), and {@code CurrentUser} tells services who is calling.
 */
package com.azora.platform.security;
