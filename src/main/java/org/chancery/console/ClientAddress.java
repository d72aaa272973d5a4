package org.chancery.console;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address a console request came from, as the audit log records it and the sign-in limits
 * count it. A request from one of the reverse proxies named in the {@code proxies} setting
 * carries its client's address in {@code X-Forwarded-For}: the address just before the first
 * proxy, read from the right (each proxy appends the address it was reached from, and anything
 * further left was written by the client and proves nothing). From anywhere else the header is
 * ignored: anyone can send it.
 */
public final class ClientAddress {

  /** An IPv4 or IPv6 address as written: digits, hex letters, dots and colons only. */
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f.:]{2,45}");
  private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

  private ClientAddress() {}

  /**
   * @param remote the address the connection came from
   * @param forwardedFor the values of the request's {@code X-Forwarded-For} headers, in order
   * @param proxies the trusted proxies' addresses, as {@code Settings} normalises them
   */
  static String of(String remote, List<String> forwardedFor, Set<String> proxies) {
    remote = normal(remote);
    if (!proxies.contains(remote)) {
      return remote;
    }
    List<String> hops = forwardedFor.stream()
        .flatMap(value -> List.of(value.split(",")).stream())
        .map(String::strip)
        .toList();
    String client = remote;
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<String> hop = literal(hops.get(i));
      if (hop.isEmpty()) {
        return client; // not an address: stop at the last one a proxy vouched for
      }
      client = hop.get();
      if (!proxies.contains(client)) {
        return client;
      }
    }
    return client;
  }

  /** An address in one spelling (see {@link #literal}), or as it is when it is not an address. */
  static String normal(String address) {
    return literal(address).orElse(address.strip());
  }

  /**
   * The IPv4 or IPv6 address written, in one spelling, so that "::1", "[::1]" and
   * "0:0:0:0:0:0:0:1" compare equal; empty for anything else (a host name is never looked up).
   */
  public static Optional<String> literal(String address) {
    String bare = address.strip();
    if (bare.startsWith("[") && bare.endsWith("]")) {
      bare = bare.substring(1, bare.length() - 1);
    }
    if (!LITERAL.matcher(bare).matches() || (!bare.contains(":") && !IPV4.matcher(bare).matches())) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(bare).getHostAddress()); // a literal: parsed, never resolved
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
