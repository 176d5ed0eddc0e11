package com.azora.assessment.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types an assignment may accept. A file is of a type only when both its name's extension
 * and its leading bytes say so: a renamed executable is neither a PDF nor anything else.
 */
public enum SubmissionFileType {
  PDF("application/pdf", List.of("pdf")),
  PNG("image/png", List.of("png")),
  JPEG("image/jpeg", List.of("jpg", "jpeg")),
  TXT("text/plain; charset=UTF-8", List.of("txt")),
  ZIP("application/zip", List.of("zip"));

  private final String contentType;
  private final List<String> extensions;

  SubmissionFileType(String contentType, List<String> extensions) {
    this.contentType = contentType;
    this.extensions = extensions;
  }

  public String contentType() {
    return contentType;
  }

  public List<String> extensions() {
    return extensions;
  }

  /** The type named by the extension whose content matches it, if any. */
  public static Optional<SubmissionFileType> detect(String fileName, byte[] data) {
    if (fileName == null || data == null || data.length == 0) {
      return Optional.empty();
    }
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (SubmissionFileType t : values()) {
      if (t.extensions.contains(ext)) {
        return t.contentMatches(data) ? Optional.of(t) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether the bytes look like this type (magic numbers; valid UTF-8 text for TXT). */
  public boolean contentMatches(byte[] d) {
    return switch (this) {
      case PDF -> starts(d, '%', 'P', 'D', 'F', '-');
      case PNG -> starts(d, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
      case JPEG -> starts(d, 0xFF, 0xD8, 0xFF);
      case ZIP -> starts(d, 'P', 'K', 3, 4) || starts(d, 'P', 'K', 5, 6);
      case TXT -> isPlainText(d);
    };
  }

  private static boolean isPlainText(byte[] d) {
    for (byte b : d) {
      int c = b & 0xFF;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(d));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean starts(byte[] d, int... prefix) {
    if (d.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((d[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
