package org.crosscheck.server;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives by itself, before or outside the application's handlers (a malformed URI,
 * an ambiguous path, headers too large, a request cut off): plain text with the status's own words
 * and the same security headers as every other answer, never Jetty's page with its class names,
 * messages and paths. One for the server, one for the servlet context. Stateless.
 */
final class PlainErrors {
    private PlainErrors() {}

    static String text(int code) {
        String reason = HttpStatus.getMessage(code);
        return code + " " + (reason == null ? "Error" : reason) + "\n" + (code >= 500 ? "The server could not answer this request.\n"
                : "The request was not understood; use the address crosscheck serve printed.\n");
    }

    private static void headers(HttpFields.Mutable h) {
        for (Map.Entry<String, String> e : Guard.HEADERS.entrySet()) h.put(e.getKey(), e.getValue());
        h.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        h.put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    private static boolean answer(Response response, Callback callback, int code) {
        headers(response.getHeaders());
        response.write(true, ByteBuffer.wrap(text(code).getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    /** For errors the server itself meets. */
    static final class ForServer extends org.eclipse.jetty.server.handler.ErrorHandler {
        /** Every method gets the plain answer with the headers, not only GET, POST and HEAD (Jetty's default gives the rest no body). */
        @Override
        public boolean errorPageForMethod(String method) {
            return true;
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                List<Charset> charsets, int code, String message, Throwable cause) {
            return answer(response, callback, code);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            headers(fields);
            return ByteBuffer.wrap(text(status).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** For errors inside the servlet context the application runs in. */
    static final class ForContext extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
        /** Every method gets the plain answer with the headers, not only GET, POST and HEAD (Jetty's default gives the rest no body). */
        @Override
        public boolean errorPageForMethod(String method) {
            return true;
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                List<Charset> charsets, int code, String message, Throwable cause) {
            return answer(response, callback, code);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            headers(fields);
            return ByteBuffer.wrap(text(status).getBytes(StandardCharsets.UTF_8));
        }
    }
}
