/** Assessment adapters: persistence helpers that are not domain rules. */
package com.azora.assessment.infrastructure;
