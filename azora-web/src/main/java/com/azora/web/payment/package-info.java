/** Payment pages: coupon administration; checkout and receipts later. */
package com.azora.web.payment;
