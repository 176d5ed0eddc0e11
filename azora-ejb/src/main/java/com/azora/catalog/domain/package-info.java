/** The course aggregate (course, modules, lessons) and its status workflow. */
package com.azora.catalog.domain;
