/** REST access for admins to the earnings-settlement job (through its console facade). */
package com.azora.api.settlement;
