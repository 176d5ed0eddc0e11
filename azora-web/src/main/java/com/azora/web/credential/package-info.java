/**
 * Certificate pages: the learner's certificates and PDF download, the public verification page
 * (with its {@code /verify/{code}} address) and the admin list with revocation. Beans delegate to
 * {@code credential.application} services.
 */
package com.azora.web.credential;
