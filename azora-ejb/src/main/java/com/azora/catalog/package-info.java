/** The course catalog: courses, their modules and lessons, authoring, review and search. */
package com.azora.catalog;
