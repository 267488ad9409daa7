package org.atazan.platform.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells every page who is signed in and with which roles, so that it shows the actions that person
 * may take (the actions themselves are checked again on the server).
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentUser {

    /** The signed-in official, or nobody (a citizen reading). */
    record Viewer(String name, Set<String> roles) {
        public boolean signedIn() {
            return name != null;
        }

        public boolean can(String role) {
            return roles.contains("ROLE_" + role) || roles.contains("ROLE_ADMIN");
        }
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return new Viewer(null, Set.of());
        }
        return new Viewer(auth.getName(),
                auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet()));
    }
}
