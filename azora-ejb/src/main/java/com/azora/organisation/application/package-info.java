/** The admin's organisations (create, add and remove members by email) and a user's own list. */
package com.azora.organisation.application;
