package org.atazan.platform.security;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Writes a minimal RFC 9457 problem document from inside the security filters. */
final class Problems {
    private Problems() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail, String instance)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + instance.replace("\"", "%22") + "\"}");
    }
}
