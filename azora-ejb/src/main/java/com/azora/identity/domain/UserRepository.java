package com.azora.identity.domain;

import com.azora.platform.PageResult;
import java.util.Optional;

/** Storage of user accounts. */
public interface UserRepository {

  Optional<UserAccount> findByEmail(String email);

  Optional<UserAccount> find(long id);

  void add(UserAccount user);

  boolean isEmpty();

  /** Users matching the filter, newest first, one page at a time. */
  PageResult<UserAccount> search(UserFilter filter, int first, int pageSize);
}
