/**
 * Identity use cases as {@code @Stateless} services that own their transactions and check
 * authorization on every public method. Faces beans and REST resources call only these.
 */
package com.azora.identity.application;
