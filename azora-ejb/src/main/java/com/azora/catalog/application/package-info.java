/** Catalog use cases: authoring by educators, review by admins, public search and detail. */
package com.azora.catalog.application;
