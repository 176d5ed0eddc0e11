package com.azora.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.web.filter.authz.RolesAuthorizationFilter;
import org.apache.shiro.web.util.WebUtils;

/** Like Shiro's roles filter, but a signed-in user without the role gets a real 403 page. */
public class ForbiddenRolesFilter extends RolesAuthorizationFilter {

  @Override
  protected boolean onAccessDenied(ServletRequest request, ServletResponse response)
      throws IOException {
    if (SecurityUtils.getSubject().getPrincipal() == null) {
      saveRequestAndRedirectToLogin(request, response);
    } else {
      WebUtils.toHttp(response).sendError(403);
    }
    return false;
  }
}
