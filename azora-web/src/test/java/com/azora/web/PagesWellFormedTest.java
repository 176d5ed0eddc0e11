package com.azora.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * Every Facelets page and include is well-formed XML. A broken tag otherwise shows only at run
 * time, as a 500 on that page.
 */
class PagesWellFormedTest {

  @Test
  void everyPageParses() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // Templates carry a DOCTYPE; never fetch it.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    List<String> broken = new ArrayList<>();
    List<Path> pages = pages();
    for (Path page : pages) {
      try {
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        builder.parse(page.toFile());
      } catch (org.xml.sax.SAXException e) {
        broken.add(page + ": " + e.getMessage());
      }
    }
    assertTrue(pages.size() > 20, "found pages: " + pages.size());
    assertTrue(broken.isEmpty(), "Pages that do not parse: " + broken);
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
    }
  }
}
