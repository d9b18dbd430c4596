package gongkai.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open preview tabs, each listening on {@code /__gongkai/events} (server-sent events, WHATWG
 * HTML §9.2): {@code reload} after a build changed the site, {@code problems} after a build failed.
 * A tab that went away is dropped the first time writing to it fails.
 */
final class ReloadEvents {
  private final List<OutputStream> clients = new CopyOnWriteArrayList<>();

  /** Starts a stream: tells the browser to reconnect quickly when the preview restarts. */
  void add(OutputStream client) {
    if (write(client, "retry: 500\n\n")) {
      clients.add(client);
    }
  }

  void send(String event) {
    broadcast("event: " + event + "\ndata: " + event + "\n\n");
  }

  /** A comment line, so a closed tab is noticed and proxies keep the stream open. */
  void ping() {
    broadcast(": ping\n\n");
  }

  int size() {
    return clients.size();
  }

  void closeAll() {
    clients.forEach(ReloadEvents::closeQuietly);
    clients.clear();
  }

  private void broadcast(String message) {
    for (OutputStream client : clients) {
      if (!write(client, message)) {
        clients.remove(client);
        closeQuietly(client);
      }
    }
  }

  private static boolean write(OutputStream client, String message) {
    try {
      synchronized (client) {
        client.write(message.getBytes(StandardCharsets.UTF_8));
        client.flush();
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void closeQuietly(OutputStream client) {
    try {
      client.close();
    } catch (IOException e) {
      // already gone
    }
  }
}
