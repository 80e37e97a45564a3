package org.daybrief.source.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Keeps links from a feed away from addresses a server should not be made to reach for someone else: loopback,
 * link-local (169.254.x.x, the cloud metadata address 169.254.169.254, fe80::/10), private (10/8, 172.16/12,
 * 192.168/16), unique-local IPv6 (fc00::/7), shared (100.64/10) and the unspecified address. Every address a host
 * resolves to is checked, so a name with one public and one private address is refused too.
 *
 * <p>The check is made just before each request and each redirect hop; the connection then resolves the name
 * again, so a DNS answer that changes between the two (rebinding) is not caught. Thread-safe.
 */
public final class AddressGuard {

    private final HostResolver resolver;

    public AddressGuard(HostResolver resolver) {
        this.resolver = resolver;
    }

    /** Why the host of {@code url} must not be reached from a public source, or empty when it may be. */
    public Optional<String> refusal(URI url) {
        String host = url.getHost();
        if (host == null) {
            return Optional.of("no host in " + url);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.empty(); // cannot be reached at all: the request fails with its own reason
        }
        for (InetAddress a : addresses) {
            String kind = kind(a);
            if (kind != null) {
                return Optional.of(host + (host.equals(a.getHostAddress()) ? "" : " (" + a.getHostAddress() + ")")
                        + " is a " + kind + " address");
            }
        }
        return Optional.empty();
    }

    /** Whether the host of {@code url} is itself on a private address (a source there may link to others). */
    public boolean isPrivate(URI url) {
        return refusal(url).isPresent();
    }

    /** The kind of a non-public address, or null for a public one. */
    static String kind(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local";
        }
        if (a.isSiteLocalAddress()) {
            return "private";
        }
        if (a.isAnyLocalAddress()) {
            return "unspecified";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return "unique-local";
        }
        if (b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) {
            return "shared (carrier-grade NAT)";
        }
        return null;
    }
}
