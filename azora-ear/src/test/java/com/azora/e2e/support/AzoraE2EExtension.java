package com.azora.e2e.support;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link AzoraTestServer} once per JVM (kept in JUnit's root store, which closes it when
 * the run ends), resolves test parameters, and screenshots the browser of a failed test.
 */
public final class AzoraE2EExtension
    implements BeforeAllCallback, ParameterResolver, AfterTestExecutionCallback {

  private static final Namespace NAMESPACE = Namespace.create(AzoraE2EExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context);
  }

  private static AzoraTestServer server(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            AzoraTestServer.class, key -> AzoraTestServer.get(), AzoraTestServer.class);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == AzoraTestServer.class || type == Http.class || type == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    AzoraTestServer server = server(context);
    if (type == AzoraTestServer.class) {
      return server;
    }
    if (type == Http.class) {
      return new Http(server.baseUrl());
    }
    // Stored per test method: JUnit closes it (quits Chromium) when the method is done.
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            Browser.class,
            key -> new ClosingBrowser(new Browser(server.baseUrl())),
            ClosingBrowser.class)
        .browser();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    ClosingBrowser used = context.getStore(NAMESPACE).get(Browser.class, ClosingBrowser.class);
    if (used != null) {
      String name =
          context.getRequiredTestClass().getSimpleName()
              + "-"
              + context.getRequiredTestMethod().getName();
      Path shot = used.browser().screenshot(Browser.screenshotDir(), name);
      System.out.println("Screenshot of the failed test: " + shot.toAbsolutePath());
    }
  }

  /** Lets JUnit's store quit the browser at the end of the test. */
  private record ClosingBrowser(Browser browser)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      browser.close();
    }
  }
}
