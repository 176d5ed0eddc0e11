package com.azora.platform.image;

import com.azora.platform.error.DomainException;
import java.util.Set;

/**
 * The one check for an uploaded image: present, no larger than the limit, and of an accepted format
 * recognised by its bytes. Failures name the form field so pages show them next to it.
 */
public final class ImageUpload {

  private ImageUpload() {}

  /**
   * Returns the detected content type, or throws an INVALID {@link DomainException} on {@code
   * field} with a message naming the limit or the accepted formats.
   */
  public static String check(
      byte[] data, int maxBytes, Set<String> acceptedTypes, String field, String formatsLabel) {
    if (data == null || data.length == 0) {
      throw DomainException.invalid(field, "Choose an image file.");
    }
    if (data.length > maxBytes) {
      throw DomainException.invalid(
          field, "The image is too large: at most " + (maxBytes / 1024) + " KiB.");
    }
    return ImageTypes.detect(data)
        .filter(acceptedTypes::contains)
        .orElseThrow(() -> DomainException.invalid(field, "Use a " + formatsLabel + " image."));
  }
}
