/** Settlement use cases (the instructor's earnings), each guarded by a Shiro annotation. */
package com.azora.settlement.application;
