package dev.briefsmith.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A child process that takes the lock of a shard ({@code DIR K/N}, or {@code DIR all}), says
 * "locked" and holds it until its standard input closes: another process, for lock tests.
 */
final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    Shard shard = args[1].equals("all") ? Shard.ALL : Shard.parse(args[1]);
    try (OutputLock lock =
        OutputLock.acquire(Path.of(args[0]), shard, Clock.systemUTC(), w -> {})) {
      System.out.println("locked " + lock.file());
      System.out.flush();
      while (System.in.read() >= 0) {
        // holds until the parent closes the pipe
      }
    } catch (LockedException e) {
      System.out.println("refused " + e.getMessage());
    }
  }

  /** Starts a holder and waits until it holds the lock. */
  static Process start(Path dir, String shard) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx64m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            LockHolder.class.getName(),
            dir.toString(),
            shard));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String line =
        new java.io.BufferedReader(
                new java.io.InputStreamReader(
                    p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))
            .readLine();
    if (line == null || !line.startsWith("locked ")) {
      p.destroyForcibly();
      throw new IOException("the holder did not take the lock: " + line);
    }
    return p;
  }
}
