/** Backing beans of the admin screens: users, role requests, audit log, outbox. */
package com.azora.web.admin;
