package com.azora.platform.security;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.authz.UnauthenticatedException;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.apache.shiro.authz.annotation.RequiresRoles;
import org.apache.shiro.subject.Subject;

/**
 * Enforces Shiro's {@code @RequiresAuthentication}, {@code @RequiresRoles} and
 * {@code @RequiresPermissions} on EJB methods (method first, then class). Registered for every EJB
 * in ejb-jar.xml so pages and API share one check.
 */
public class AuthorizationInterceptor {

  @AroundInvoke
  public Object check(InvocationContext ctx) throws Exception {
    Method m = ctx.getMethod();
    Class<?> type = m.getDeclaringClass();
    RequiresPermissions perms = annotation(m, type, RequiresPermissions.class);
    RequiresRoles roles = annotation(m, type, RequiresRoles.class);
    RequiresAuthentication authn = annotation(m, type, RequiresAuthentication.class);
    if (perms != null || roles != null || authn != null) {
      Subject subject = subject();
      if (!subject.isAuthenticated()) {
        throw new UnauthenticatedException("Please sign in first.");
      }
      if (roles != null) {
        if (roles.logical() == Logical.AND) {
          subject.checkRoles(roles.value());
        } else if (!anyRole(subject, roles.value())) {
          subject.checkRole(roles.value()[0]);
        }
      }
      if (perms != null) {
        if (perms.logical() == Logical.AND) {
          subject.checkPermissions(perms.value());
        } else if (!anyPermission(subject, perms.value())) {
          subject.checkPermission(perms.value()[0]);
        }
      }
    }
    return ctx.proceed();
  }

  private static Subject subject() {
    try {
      return SecurityUtils.getSubject();
    } catch (UnavailableSecurityManagerException e) {
      throw new UnauthenticatedException("No security context");
    }
  }

  private static <A extends java.lang.annotation.Annotation> A annotation(
      Method m, Class<?> type, Class<A> a) {
    A onMethod = m.getAnnotation(a);
    if (onMethod != null || m.isAnnotationPresent(Anonymous.class)) {
      // @Anonymous on a method opens it in a class that is otherwise guarded.
      return onMethod;
    }
    return type.getAnnotation(a);
  }

  private static boolean anyRole(Subject s, String[] roles) {
    for (String r : roles) {
      if (s.hasRole(r)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyPermission(Subject s, String[] perms) {
    for (String p : perms) {
      if (s.isPermitted(p)) {
        return true;
      }
    }
    return false;
  }
}
