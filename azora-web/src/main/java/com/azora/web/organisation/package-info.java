/** The admin's organisations page. */
package com.azora.web.organisation;
