/** The public certificate verification API: {@code /api/certificates/{code}}. */
package com.azora.api.credential;
