/** Alerts for admins: raised by jobs and checks, listed in the app until acknowledged. */
package com.azora.platform.alert;
