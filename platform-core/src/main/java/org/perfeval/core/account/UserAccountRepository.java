package org.perfeval.core.account;

import java.util.List;
import java.util.Optional;

import org.perfeval.core.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select a from UserAccount a join a.roles r where r = :role and a.departmentId = :departmentId"
            + " and a.enabled = true order by a.username")
    List<UserAccount> findActive(Role role, Long departmentId);

    @Query("select a from UserAccount a join a.roles r where r = :role and a.enabled = true order by a.username")
    List<UserAccount> findActive(Role role);

    /** What a remembered login is checked against, in one query: version, password hash, enabled. */
    @Query("select a.version, a.passwordHash, a.enabled from UserAccount a where a.username = :username")
    List<Object[]> findLoginState(String username);
}
