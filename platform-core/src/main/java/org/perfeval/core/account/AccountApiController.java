package org.perfeval.core.account;

import java.net.URI;
import java.util.List;

import org.perfeval.core.account.audit.AccountAuditView;
import org.perfeval.core.security.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User and role administration over REST, for administrators; the service authorizes and audits. */
@RestController
@RequestMapping("/api/admin/users")
class AccountApiController {

    private final AccountService accounts;

    AccountApiController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<AccountView> all() {
        return accounts.all();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AccountView> create(@RequestBody NewAccount account) {
        AccountView created = accounts.create(account);
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.username())).body(created);
    }

    @GetMapping("/{username}")
    AccountView one(@PathVariable String username) {
        return accounts.get(username);
    }

    @PutMapping("/{username}/roles/{role}")
    AccountView grant(@PathVariable String username, @PathVariable String role) {
        return accounts.grant(username, role(role));
    }

    @DeleteMapping("/{username}/roles/{role}")
    AccountView revoke(@PathVariable String username, @PathVariable String role) {
        return accounts.revoke(username, role(role));
    }

    @PostMapping("/{username}/disable")
    AccountView disable(@PathVariable String username) {
        return accounts.disable(username);
    }

    @PostMapping("/{username}/enable")
    AccountView enable(@PathVariable String username) {
        return accounts.enable(username);
    }

    @GetMapping("/audit")
    List<AccountAuditView> audit(@RequestParam(required = false) String username) {
        return accounts.auditTrail(username);
    }

    private static Role role(String name) {
        return Role.fromKeycloakName(name).orElseThrow(() -> AccountRules.unknownRole(name));
    }
}
