package com.azora.web.identity;

import com.azora.identity.application.AccountService;
import com.azora.identity.application.AvatarImage;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Serves avatars at /account/avatar/{userId} to signed-in users (Shiro guards /account/**). */
@WebServlet("/account/avatar/*")
public class AvatarServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private AccountService account;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    long userId;
    try {
      userId = Long.parseLong(req.getPathInfo() == null ? "" : req.getPathInfo().substring(1));
    } catch (NumberFormatException e) {
      res.sendError(404);
      return;
    }
    Optional<AvatarImage> avatar = account.avatarOf(userId);
    if (avatar.isEmpty()) {
      res.sendError(404);
      return;
    }
    res.setContentType(avatar.get().contentType());
    res.setHeader("Cache-Control", "private, max-age=300");
    res.setHeader("Content-Security-Policy", "default-src 'none'");
    res.setContentLength(avatar.get().data().length);
    res.getOutputStream().write(avatar.get().data());
  }
}
