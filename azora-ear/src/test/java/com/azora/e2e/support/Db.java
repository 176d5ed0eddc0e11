package com.azora.e2e.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Parameterised reads and writes on the test server's database, for arranging and asserting. */
public final class Db {

  private Db() {}

  /** The first column of the one row the query answers, as text (null for SQL NULL). */
  public static String one(String query, Object... params) {
    try (Connection c = AzoraTestServer.get().connection();
        PreparedStatement ps = prepare(c, query, params);
        ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next(), "no row for " + query);
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }

  /** Every row the query answers, each as its column values. */
  public static List<Object[]> rows(String query, Object... params) {
    try (Connection c = AzoraTestServer.get().connection();
        PreparedStatement ps = prepare(c, query, params);
        ResultSet rs = ps.executeQuery()) {
      List<Object[]> out = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Object[] row = new Object[n];
        for (int i = 0; i < n; i++) {
          row[i] = rs.getObject(i + 1);
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }

  public static long count(String query, Object... params) {
    return Long.parseLong(one(query, params));
  }

  /** Runs a statement that must change at least one row. */
  public static void update(String statement, Object... params) {
    try (Connection c = AzoraTestServer.get().connection();
        PreparedStatement ps = prepare(c, statement, params)) {
      assertTrue(ps.executeUpdate() >= 1, "nothing changed by " + statement);
    } catch (SQLException e) {
      throw new IllegalStateException(statement, e);
    }
  }

  /** Runs a schema statement (DDL), which changes no rows. */
  public static void ddl(String statement) {
    try (Connection c = AzoraTestServer.get().connection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      ps.execute();
    } catch (SQLException e) {
      throw new IllegalStateException(statement, e);
    }
  }

  public static long userId(String email) {
    return count("select id from app_user where email = ?", email);
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      ps.setObject(i + 1, params[i]);
    }
    return ps;
  }
}
