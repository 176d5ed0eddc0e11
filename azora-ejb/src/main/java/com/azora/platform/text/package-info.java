/**
 * Safe rendering of text users write: Markdown to sanitized HTML ({@link
 * com.azora.platform.text.Markdown}, the only producer of {@link com.azora.platform.text.SafeHtml})
 * and video addresses to allow-listed embeds ({@link com.azora.platform.text.VideoEmbed}). Pages
 * may print HTML unescaped only from a {@code SafeHtml}; nothing else here touches the database.
 */
package com.azora.platform.text;
