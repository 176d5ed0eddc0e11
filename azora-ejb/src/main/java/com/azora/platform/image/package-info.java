/**
 * Checks on uploaded images shared by every context (avatars, course thumbnails): format by
 * content, size limits. Pure code; storage stays with the context that owns the image.
 */
package com.azora.platform.image;
