package org.daybrief.source.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Finds the addresses of a host name; the system's DNS by default, another in tests. */
@FunctionalInterface
public interface HostResolver {

    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
