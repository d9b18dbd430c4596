package gongkai.serve;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * This machine's address on the local network, for a preview listening on every interface: a phone
 * on the same Wi-Fi can open {@code http://192.168.1.20:1313/…}, while {@code 127.0.0.1} would be
 * the phone itself (issue 5: the dev preview encodes a URL a phone on the network can open).
 */
final class LanAddress {
  private LanAddress() {}

  /** The first private IPv4 address (RFC 1918) of an interface that is up, else any non-loopback IPv4 one. */
  static Optional<String> find() {
    try {
      List<InetAddress> candidates = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
          .filter(LanAddress::usable)
          .sorted(Comparator.comparing(NetworkInterface::getName)) // stable choice between runs
          .flatMap(NetworkInterface::inetAddresses)
          .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
          .toList();
      return candidates.stream().filter(InetAddress::isSiteLocalAddress).findFirst()
          .or(() -> candidates.stream().findFirst())
          .map(InetAddress::getHostAddress);
    } catch (SocketException e) {
      return Optional.empty();
    }
  }

  private static boolean usable(NetworkInterface nic) {
    try {
      return nic.isUp() && !nic.isLoopback() && !nic.isVirtual() && !nic.isPointToPoint();
    } catch (SocketException e) {
      return false;
    }
  }

  /** Whether {@code host} means "every interface" ({@code 0.0.0.0} or {@code ::}). */
  static boolean isWildcard(String host) {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
  }
}
