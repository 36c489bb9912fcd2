package org.perfeval.workflow.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perfeval.core.account.AccountService;
import org.perfeval.core.account.AccountView;
import org.perfeval.core.security.Role;
import org.perfeval.core.security.SystemUser;
import org.springframework.stereotype.Component;

/** Who is told: a task's holder or everyone who may take it, and whom an overdue task escalates to. */
@Component
class Audience {

    private final AccountService accounts;

    Audience(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The holder if someone holds the task, else every user of {@code role} in {@code department}. */
    List<Recipient> holders(String holder, Role role, String department) {
        return SystemUser.call(() -> holder != null
                ? accounts.find(holder).map(Audience::recipient).stream().toList()
                : withRole(role, department));
    }

    /** Every user of {@code role} in {@code department} (any department when null). */
    List<Recipient> withRole(Role role, String department) {
        return SystemUser.call(() -> accounts.withRole(role, department).stream().map(Audience::recipient).toList());
    }

    /** Both lists, each person once. */
    static List<Recipient> union(List<Recipient> first, List<Recipient> second) {
        Map<String, Recipient> all = new LinkedHashMap<>();
        first.forEach(r -> all.put(r.username(), r));
        second.forEach(r -> all.putIfAbsent(r.username(), r));
        return new ArrayList<>(all.values());
    }

    private static Recipient recipient(AccountView account) {
        return new Recipient(account.username(), account.enabled() ? account.email() : null);
    }
}
