package com.azora.platform.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.apache.shiro.authz.annotation.RequiresRoles;
import org.junit.jupiter.api.Test;

/**
 * Every public method of every application service declares who may call it: a Shiro annotation or
 * {@link Anonymous}, on the method or its class. A new method without one fails the build.
 */
class ServiceAuthorizationCoverageTest {

  @Test
  void everyPublicServiceMethodDeclaresItsAccess() throws Exception {
    List<String> unmarked = new ArrayList<>();
    List<Class<?>> services = applicationServices();
    assertTrue(services.size() >= 5, "found services: " + services);
    for (Class<?> type : services) {
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !declared(m, type)) {
          unmarked.add(type.getSimpleName() + "." + m.getName());
        }
      }
    }
    assertTrue(unmarked.isEmpty(), "Service methods without an access rule: " + unmarked);
  }

  private static boolean declared(Method m, Class<?> type) {
    return marked(
            m.getAnnotation(Anonymous.class),
            m.getAnnotation(RequiresAuthentication.class),
            m.getAnnotation(RequiresPermissions.class),
            m.getAnnotation(RequiresRoles.class))
        || marked(
            type.getAnnotation(Anonymous.class),
            type.getAnnotation(RequiresAuthentication.class),
            type.getAnnotation(RequiresPermissions.class),
            type.getAnnotation(RequiresRoles.class));
  }

  private static boolean marked(Object... annotations) {
    return Stream.of(annotations).anyMatch(a -> a != null);
  }

  /** Stateless beans in {@code *.application} packages: what pages and the API may call. */
  private static List<Class<?>> applicationServices() throws IOException, URISyntaxException {
    Path root =
        Path.of(Anonymous.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (!name.contains(".application.") || name.contains("$")) {
          continue;
        }
        try {
          Class<?> c = Class.forName(name, false, Anonymous.class.getClassLoader());
          if (c.isAnnotationPresent(Stateless.class) && !c.isAnnotationPresent(Singleton.class)) {
            found.add(c);
          }
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return found;
  }
}
