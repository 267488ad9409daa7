package org.atazan.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Every request body is bounded while it is read, whatever the endpoint: JSON bodies by
 * {@code atazan.limits.json-body}, any other body by {@code atazan.limits.request-body} (multipart
 * uploads also by {@code spring.servlet.multipart.*}). A declared length over the limit is refused
 * before a byte is read; an undeclared (chunked) one is cut off at the limit. Both answer 413: a
 * problem on the API, the site's error page on forms.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long jsonLimit;
    private final long bodyLimit;

    RequestSizeLimit(@Value("${atazan.limits.json-body:8MB}") DataSize json,
                     @Value("${atazan.limits.request-body:60MB}") DataSize body) {
        this.jsonLimit = json.toBytes();
        this.bodyLimit = body.toBytes();
    }

    /** A body read past its limit. An IOException, so that it travels through every reader unchanged. */
    static final class TooLarge extends IOException {
        final long limit;
        final String setting;

        TooLarge(long limit, String setting) {
            super("the request body is larger than the limit of " + DataSize.ofBytes(limit).toMegabytes()
                    + " MB (setting " + setting + ")");
            this.limit = limit;
            this.setting = setting;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean json = request.getContentType() != null && MediaType.parseMediaTypes(request.getContentType()).stream()
                .anyMatch(t -> t.isCompatibleWith(MediaType.APPLICATION_JSON) || t.getSubtype().endsWith("+json"));
        long limit = json ? jsonLimit : bodyLimit;
        String setting = json ? "atazan.limits.json-body" : "atazan.limits.request-body";
        if (request.getContentLengthLong() > limit) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, new TooLarge(limit, setting).getMessage());
            return;
        }
        chain.doFilter(new Limited(request, limit, setting), response);
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private final String setting;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit, String setting) {
            super(request);
            this.limit = limit;
            this.setting = setting;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new Counted(super.getInputStream(), limit, setting);
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            return new BufferedReader(new InputStreamReader(getInputStream(), cs));
        }
    }

    private static final class Counted extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private final String setting;
        private long read;

        Counted(ServletInputStream in, long limit, String setting) {
            this.in = in;
            this.limit = limit;
            this.setting = setting;
        }

        private int count(int n) throws IOException {
            if (n > 0 && (read += n) > limit) throw new TooLarge(limit, setting);
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
