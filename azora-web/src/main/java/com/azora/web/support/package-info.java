/** Small helpers shared by Faces beans: messages, request details, redirects. */
package com.azora.web.support;
