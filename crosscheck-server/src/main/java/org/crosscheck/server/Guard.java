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
 * address bound or loopback, which defeats DNS rebinding (a hostile web page resolving its own name to
 * 127.0.0.1). Every request must carry the access token (header, or the cookie set when the printed
 * address is opened), on loopback too, as notebook servers do: any local user can reach a loopback
 * port, and the server reads files its own user may read. Only {@code --no-token} on loopback lifts
 * that. Requests that change the workspace are refused when a browser says they come from another
 * site. Stateless and thread-safe.
 */
final class Guard {
    static final String COOKIE = "crosscheck_token";
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final @Nullable String token;
    private final boolean loopback;
    private final Set<String> hostNames;

    /**
     * @param token    the token every request must carry, or null when none is required (--no-token, loopback only)
     * @param loopback whether the server is bound to a loopback address: then the Host header is checked
     * @param bound    the address bound, which the Host header may name as well as the loopback names
     */
    Guard(@Nullable String token, boolean loopback, String bound) {
        this.token = token;
        this.loopback = loopback;
        Set<String> names = new java.util.HashSet<>(LOOPBACK_NAMES);
        String b = bound.toLowerCase(Locale.ROOT);
        names.add(b.contains(":") && !b.startsWith("[") ? "[" + b + "]" : b);
        this.hostNames = Set.copyOf(names);
    }

    /**
     * The headers every answer carries, Jetty's own error answers included. Referrer-Policy is
     * same-origin, not no-referrer: under no-referrer browsers send "Origin: null" even on the
     * server's own forms.
     */
    static final java.util.Map<String, String> HEADERS = orderedHeaders();

    private static java.util.Map<String, String> orderedHeaders() {
        java.util.Map<String, String> h = new java.util.LinkedHashMap<>();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "same-origin");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        return java.util.Collections.unmodifiableMap(h);
    }

    /** Runs before every handler; answers and stops the request when it may not go on. */
    void check(Context ctx) {
        HEADERS.forEach(ctx::header);
        if (loopback && !hostAllowed(ctx.header("Host"))) {
            refuse(ctx, 421, "This server answers only to the address it printed (or localhost).");
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
        if (same(ctx.cookie(cookie(ctx)))) return true;
        String q = ctx.queryParam("token");
        if (same(q)) {
            // the printed address: keep the token in a cookie scripts cannot read, then drop it from the address bar
            ctx.cookie(new Cookie(cookie(ctx), q, "/", -1, false, true, null, SameSite.STRICT));
            if (ctx.method() == HandlerType.GET) {
                ctx.redirect(ctx.path());
                ctx.skipRemainingHandlers();
            }
            return true;
        }
        return false;
    }

    /**
     * The cookie's name on this server: browsers keep cookies by host, not port, so two servers on one
     * machine (every one with a token now) would otherwise overwrite each other's.
     */
    static String cookie(Context ctx) {
        return COOKIE + "_" + ctx.req().getLocalPort();
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

    private boolean hostAllowed(@Nullable String host) {
        return host != null && hostNames.contains(hostName(host));
    }

    static boolean loopbackHost(@Nullable String host) {
        return host != null && LOOPBACK_NAMES.contains(hostName(host));
    }

    /** The name of a Host header without its port; an IPv6 literal keeps its brackets. */
    private static String hostName(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int close = name.indexOf(']');
            name = close < 0 ? name : name.substring(0, close + 1);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        return name;
    }

    private static void refuse(Context ctx, int status, String why) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(why);
        ctx.skipRemainingHandlers();
    }
}
