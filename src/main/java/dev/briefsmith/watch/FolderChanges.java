package dev.briefsmith.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Changes to files under some folders, from the operating system's file events (inotify on Linux),
 * debounced: an editor's save is often several events (a temporary file, a rename, a change of
 * attributes), so after the first event the batch stays open until {@code quiet} passes with no
 * other, or {@code longest} has passed. Folders created later are watched too; the output folder is
 * never watched (a build writing there would wake the watch again), nor are hidden files and
 * editors' backup files reported.
 */
public final class FolderChanges implements Changes {
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Path excluded;
  private final Duration quiet;
  private final Duration longest;
  private final Clock clock;

  /** Watches {@code roots} and every folder below them, except {@code excluded} and below it. */
  public FolderChanges(
      List<Path> roots, Path excluded, Duration quiet, Duration longest, Clock clock)
      throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.excluded = excluded.toAbsolutePath().normalize();
    this.quiet = quiet;
    this.longest = longest;
    this.clock = clock;
    for (Path root : roots) {
      registerTree(root);
    }
  }

  private void registerTree(Path root) throws IOException {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path dir : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        if (!dir.toAbsolutePath().normalize().startsWith(excluded)) {
          folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
        }
      }
    }
  }

  @Override
  public Optional<Batch> next() throws IOException, InterruptedException {
    Set<Path> paths = new TreeSet<>();
    Instant seen = null;
    while (true) {
      WatchKey key;
      if (seen == null) {
        key = service.take();
      } else {
        Duration left = longest.minus(Duration.between(seen, clock.instant()));
        long wait = Math.min(quiet.toMillis(), Math.max(0, left.toMillis()));
        key = wait == 0 ? null : service.poll(wait, TimeUnit.MILLISECONDS);
        if (key == null) {
          if (!paths.isEmpty()) {
            return Optional.of(new Batch(paths, seen));
          }
          seen = null; // only hidden or backup files changed: wait for a real change
          continue;
        }
      }
      if (seen == null) {
        seen = clock.instant();
      }
      Path dir = folders.get(key);
      for (WatchEvent<?> event : key.pollEvents()) {
        if (OVERFLOW.equals(event.kind())) {
          paths.add(dir); // events were lost: the whole folder may have changed
          continue;
        }
        Path changed = dir.resolve((Path) event.context());
        if (ENTRY_CREATE.equals(event.kind())
            && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
          registerTree(changed);
        }
        if (reported(changed)) {
          paths.add(changed);
        }
      }
      if (!key.reset()) {
        folders.remove(key); // the folder is gone; its parent reported the deletion
      }
    }
  }

  /** Whether a change to this file matters: not hidden, not an editor's backup or swap file. */
  static boolean reported(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".")
        && !name.endsWith("~")
        && !name.endsWith(".swp")
        && !name.endsWith(".tmp")
        && !name.startsWith("#");
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
