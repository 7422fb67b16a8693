package org.crosscheck.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.jspecify.annotations.Nullable;

/**
 * How the server listens.
 *
 * @param host           the address to bind; loopback by default, anything else requires an access token
 * @param port           the port, 0 for any free one
 * @param maxUploadBytes the largest upload accepted, per request
 * @param token          the access token to require, or null: generated when {@code host} is not loopback
 */
public record ServerSettings(String host, int port, long maxUploadBytes, @Nullable String token) {
    public static final ServerSettings DEFAULTS = new ServerSettings("127.0.0.1", 7070, 50L * 1024 * 1024, null);

    public ServerSettings {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("not a port: " + port);
        if (maxUploadBytes <= 0) throw new IllegalArgumentException("the upload limit must be positive: " + maxUploadBytes);
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, maxUploadBytes, token);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, maxUploadBytes, token);
    }

    public ServerSettings withMaxUploadBytes(long n) {
        return new ServerSettings(host, port, n, token);
    }

    public ServerSettings withToken(@Nullable String t) {
        return new ServerSettings(host, port, maxUploadBytes, t);
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
