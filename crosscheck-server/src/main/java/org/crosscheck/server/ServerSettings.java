package org.crosscheck.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the server listens, and what it lets callers do.
 *
 * @param host           the address to bind; loopback by default
 * @param port           the port, 0 for any free one
 * @param maxUploadBytes the largest upload accepted, per request
 * @param token          the access token to require, or null to generate one
 * @param noToken        serve without a token: allowed on a loopback address only, where every local user can then use the server
 * @param allowedPaths   the folders under which documents may be added by a path on this machine; none by default, so the
 *                       server reads no file that its caller names
 * @param uploadsAtOnce  how many uploads may be arriving at once; more are refused at once (503) rather than holding a thread
 *                       each while their bytes trickle in
 * @param minUploadBytesPerSecond the slowest an upload's body may arrive; a slower one is cut off
 * @param stallLimit     the longest an upload's analysis may go without finishing a document or a stage; past it the
 *                       addition fails, changes nothing, and the next one starts
 */
public record ServerSettings(String host, int port, long maxUploadBytes, @Nullable String token, boolean noToken, List<Path> allowedPaths,
        int uploadsAtOnce, long minUploadBytesPerSecond, Duration stallLimit) {
    public static final ServerSettings DEFAULTS = new ServerSettings("127.0.0.1", 7070, 50L * 1024 * 1024, null, false, List.of(), 4, 1024,
            Duration.ofMinutes(5));

    public ServerSettings {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("not a port: " + port);
        if (maxUploadBytes <= 0) throw new IllegalArgumentException("the upload limit must be positive: " + maxUploadBytes);
        if (uploadsAtOnce <= 0) throw new IllegalArgumentException("at least one upload must be allowed at once: " + uploadsAtOnce);
        if (token != null && token.isBlank()) throw new IllegalArgumentException("the access token must not be blank");
        allowedPaths = List.copyOf(allowedPaths);
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, maxUploadBytes, token, noToken, allowedPaths, uploadsAtOnce, minUploadBytesPerSecond, stallLimit);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, maxUploadBytes, token, noToken, allowedPaths, uploadsAtOnce, minUploadBytesPerSecond, stallLimit);
    }

    public ServerSettings withMaxUploadBytes(long n) {
        return new ServerSettings(host, port, n, token, noToken, allowedPaths, uploadsAtOnce, minUploadBytesPerSecond, stallLimit);
    }

    public ServerSettings withToken(@Nullable String t) {
        return new ServerSettings(host, port, maxUploadBytes, t, noToken, allowedPaths, uploadsAtOnce, minUploadBytesPerSecond, stallLimit);
    }

    /** Serve without a token (loopback only; {@link CrosscheckServer#start} refuses it elsewhere). */
    public ServerSettings withoutToken() {
        return new ServerSettings(host, port, maxUploadBytes, null, true, allowedPaths, uploadsAtOnce, minUploadBytesPerSecond, stallLimit);
    }

    public ServerSettings withAllowedPaths(List<Path> paths) {
        return new ServerSettings(host, port, maxUploadBytes, token, noToken, paths, uploadsAtOnce, minUploadBytesPerSecond, stallLimit);
    }

    public ServerSettings withUploadsAtOnce(int n) {
        return new ServerSettings(host, port, maxUploadBytes, token, noToken, allowedPaths, n, minUploadBytesPerSecond, stallLimit);
    }

    public ServerSettings withMinUploadBytesPerSecond(long n) {
        return new ServerSettings(host, port, maxUploadBytes, token, noToken, allowedPaths, uploadsAtOnce, n, stallLimit);
    }

    public ServerSettings withStallLimit(Duration d) {
        return new ServerSettings(host, port, maxUploadBytes, token, noToken, allowedPaths, uploadsAtOnce, minUploadBytesPerSecond, d);
    }

    /** Whether only this machine can connect. */
    public boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host to bind: " + host, e);
        }
    }
}
