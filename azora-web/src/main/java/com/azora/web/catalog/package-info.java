/** Backing beans of the catalog, course pages, the educator's course editor and course review. */
package com.azora.web.catalog;
