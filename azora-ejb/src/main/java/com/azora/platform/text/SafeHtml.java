package com.azora.platform.text;

import java.io.Serializable;
import java.util.Objects;

/**
 * HTML that went through the sanitizer. Only {@link Markdown} creates it, so a page that prints
 * {@code #{...safeHtml()}} with {@code escape="false"} prints nothing a user wrote unfiltered.
 */
public final class SafeHtml implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String html;

  SafeHtml(String html) {
    this.html = Objects.requireNonNull(html);
  }

  /** The sanitized markup, for {@code h:outputText escape="false"}. */
  public String safeHtml() {
    return html;
  }

  public boolean isEmpty() {
    return html.isBlank();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SafeHtml other && other.html.equals(html);
  }

  @Override
  public int hashCode() {
    return html.hashCode();
  }

  @Override
  public String toString() {
    return html;
  }
}
