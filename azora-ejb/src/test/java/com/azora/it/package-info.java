/**
 * Service-level integration tests: azora-ejb's services deployed as one WAR in Payara Micro
 * (through Arquillian) against a real PostgreSQL, called directly in the container.
 */
package com.azora.it;
