/** Backing beans of the sign-in, sign-up and account pages (one bean per view). */
package com.azora.web.identity;
