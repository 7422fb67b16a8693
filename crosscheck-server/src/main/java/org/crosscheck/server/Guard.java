package org.crosscheck.server;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What every request passes before a handler sees it. Every response carries a
 * Content-Security-Policy that allows no script at all and styles only from the server, and
 * headers that stop framing, sniffing and referrers to other sites. On loopback the Host header must name the
 * loopback address, which defeats DNS rebinding (a hostile web page resolving its own name to
 * 127.0.0.1). Off loopback every request must carry the access token (header, or the cookie set
 * when the printed address is opened). Requests that change the workspace are refused when a
 * browser says they come from another site. Stateless and thread-safe.
 */
final class Guard {
    static final String COOKIE = "crosscheck_token";
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final @Nullable String token;
    private final boolean loopback;

    Guard(@Nullable String token, boolean loopback) {
        this.token = token;
        this.loopback = loopback;
    }

    /** Runs before every handler; answers and stops the request when it may not go on. */
    void check(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        // same-origin, not no-referrer: under no-referrer browsers send "Origin: null" even on the server's own forms
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        if (loopback && !loopbackHost(ctx.header("Host"))) {
            refuse(ctx, 421, "This server answers only to 127.0.0.1 or localhost.");
            return;
        }
        if (token != null && !authorised(ctx)) {
            refuse(ctx, 401, "Open the address crosscheck serve printed (it carries the access token), "
                    + "or send the header 'Authorization: Bearer <token>'.");
            return;
        }
        if (changes(ctx.method()) && crossSite(ctx)) {
            refuse(ctx, 403, "Requests that add to the workspace must come from crosscheck's own pages.");
        }
    }

    private boolean authorised(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && same(auth.substring(7).strip())) return true;
        if (same(ctx.cookie(COOKIE))) return true;
        String q = ctx.queryParam("token");
        if (same(q)) {
            // the printed address: keep the token in a cookie scripts cannot read, then drop it from the address bar
            ctx.cookie(new Cookie(COOKIE, q, "/", -1, false, true, null, SameSite.STRICT));
            if (ctx.method() == HandlerType.GET) {
                ctx.redirect(ctx.path());
                ctx.skipRemainingHandlers();
            }
            return true;
        }
        return false;
    }

    /** Constant-time comparison with the token, so its characters cannot be guessed one by one from timings. */
    private boolean same(@Nullable String candidate) {
        return candidate != null && token != null
                && MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean changes(HandlerType m) {
        return m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.PATCH || m == HandlerType.DELETE;
    }

    /** Whether a browser says the request comes from another site. Clients that are not browsers send neither header. */
    private static boolean crossSite(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) return !site.equals("same-origin") && !site.equals("none");
        String origin = ctx.header("Origin");
        if (origin == null) return false;
        try {
            URI o = URI.create(origin);
            return o.getHost() == null || !(o.getAuthority().equalsIgnoreCase(ctx.header("Host")));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    static boolean loopbackHost(@Nullable String host) {
        if (host == null) return false;
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int close = name.indexOf(']');
            name = close < 0 ? name : name.substring(0, close + 1);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        return LOOPBACK_NAMES.contains(name);
    }

    private static void refuse(Context ctx, int status, String why) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(why);
        ctx.skipRemainingHandlers();
    }
}
