/** Faces backing beans (one per view) and web infrastructure; they delegate to EJB services. */
package com.azora.web;
