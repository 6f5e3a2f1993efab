package dev.briefsmith.content;

import dev.briefsmith.yaml.LoadLimits;
import dev.briefsmith.yaml.Problems;
import dev.briefsmith.yaml.Severity;
import dev.briefsmith.yaml.YNode;
import dev.briefsmith.yaml.YNode.Pos;
import dev.briefsmith.yaml.YPath;
import dev.briefsmith.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Loads content files into {@link Brief}s, enforcing every rule of the content format and reporting
 * every problem with its file, line, column and field. Never throws for bad input: all problems,
 * I/O ones included, come back as diagnostics. Thread-safe.
 */
public final class BriefLoader {
  private static final String EMPTY =
      "the file is empty; a brief is a YAML mapping that starts with \"format: "
          + Brief.FORMAT
          + "\"";

  private final LoadLimits limits;
  private final List<BriefCheck> checks;

  /** A loader with these limits and no further checks. */
  public BriefLoader(LoadLimits limits) {
    this(limits, List.of());
  }

  /** A loader with these limits that runs these checks on every brief that passes the format. */
  public BriefLoader(LoadLimits limits, List<BriefCheck> checks) {
    this.limits = limits;
    this.checks = List.copyOf(checks);
  }

  /** A loader with the default limits. */
  public BriefLoader() {
    this(LoadLimits.DEFAULT);
  }

  /** Every field name the content format defines, for code that must tell names from values. */
  public static Set<String> fieldNames() {
    Set<String> names = new TreeSet<>();
    BriefReader.FIELDS.values().forEach(names::addAll);
    return Collections.unmodifiableSet(names);
  }

  /** Loads a file; diagnostics name it as {@code file.toString()}. */
  public LoadResult load(Path file) {
    Problems problems = new Problems(file.toString());
    Outcome outcome = read(file, problems);
    return result(problems, outcome);
  }

  /**
   * Loads several files, in order, and also checks that brief ids are unique across them: a second
   * brief with an id already taken is an error in the later file.
   */
  public List<LoadResult> loadAll(List<Path> files) {
    List<LoadResult> results = new ArrayList<>();
    Sequence sequence = sequence();
    for (Path file : files) {
      results.add(sequence.load(file));
    }
    return results;
  }

  /**
   * A sequence of loads that checks ids unique across it, as {@link #loadAll} does, one file at a
   * time: a caller can drop each brief before loading the next.
   */
  public Sequence sequence() {
    return new Sequence();
  }

  /** Files loaded one after another, remembering only which file took each brief id. */
  public final class Sequence {
    private final Map<String, String> owners = new HashMap<>();

    private Sequence() {}

    /** Loads the next file; a brief whose id an earlier file of the sequence took is an error. */
    public LoadResult load(Path file) {
      Problems problems = new Problems(file.toString());
      return next(file, problems, read(file, problems));
    }

    /**
     * Loads the files as {@link #load} would one after another, reading up to {@code threads} of
     * them at once: each result goes to {@code each} in the files' order, on the calling thread,
     * and at most twice {@code threads} results are held at a time, so a caller that drops each
     * brief still holds only a few.
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting for a read
     */
    public void loadEach(List<Path> files, int threads, BiConsumer<Path, LoadResult> each)
        throws InterruptedException {
      if (threads <= 1 || files.size() <= 1) {
        for (Path file : files) {
          each.accept(file, load(file));
        }
        return;
      }
      record Read(Path file, Problems problems, Outcome outcome) {}
      ThreadFactory factory =
          Thread.ofPlatform().name("briefsmith-load-", 1).daemon(true).factory();
      ExecutorService pool = Executors.newFixedThreadPool(threads, factory);
      try {
        Deque<Future<Read>> ahead = new ArrayDeque<>();
        int next = 0;
        while (next < files.size() || !ahead.isEmpty()) {
          while (next < files.size() && ahead.size() < 2 * threads) {
            Path file = files.get(next++);
            ahead.add(
                pool.submit(
                    () -> {
                      Problems problems = new Problems(file.toString());
                      return new Read(file, problems, read(file, problems));
                    }));
          }
          Read r;
          try {
            r = ahead.remove().get();
          } catch (ExecutionException e) {
            // read reports bad input as diagnostics: what escapes it is a fault of the program
            if (e.getCause() instanceof Error error) {
              throw error;
            }
            throw new IllegalStateException("loading a brief failed", e.getCause());
          }
          each.accept(r.file(), next(r.file(), r.problems(), r.outcome()));
        }
      } finally {
        pool.shutdownNow();
      }
    }

    /** The result of a file read, checked against the ids the sequence has seen. */
    private LoadResult next(Path file, Problems problems, Outcome outcome) {
      if (outcome.brief().isPresent() && outcome.idPos().isPresent()) {
        String id = outcome.brief().get().id();
        String owner = owners.putIfAbsent(id, file.toString());
        if (owner != null) {
          problems.error(
              outcome.idPos().get(),
              "id: brief id \""
                  + id
                  + "\" is already used by "
                  + owner
                  + "; ids must be unique across the content folder");
        }
      }
      return result(problems, outcome);
    }
  }

  private record Outcome(Optional<Brief> brief, Optional<Pos> idPos, BriefCheck.QuoteTally quotes) {
    static final Outcome NONE =
        new Outcome(Optional.empty(), Optional.empty(), BriefCheck.QuoteTally.NONE);
  }

  private Outcome read(Path file, Problems problems) {
    String name = file.toString();
    try {
      Optional<String> unreadable = unreadable(file);
      if (unreadable.isPresent()) {
        problems.add(1, 1, Severity.ERROR, unreadable.get());
        return Outcome.NONE;
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      }
      if (bytes.length > limits.maxBytes()) {
        long size = Files.size(file);
        problems.add(
            1,
            1,
            Severity.ERROR,
            "the file is "
                + (size > bytes.length
                    ? describeSize(size)
                    : "larger than " + describeSize(limits.maxBytes()))
                + ", over the limit of "
                + describeSize(limits.maxBytes())
                + " for a brief (--max-bytes)");
        return Outcome.NONE;
      }
      Path folder = file.getParent() != null ? file.getParent() : Path.of("");
      Outcome outcome = read(name, bytes, problems, Optional.of(folder));
      warnIfNamedOtherwise(file, outcome, problems);
      return outcome;
    } catch (NoSuchFileException e) {
      problems.add(1, 1, Severity.ERROR, "no such file");
    } catch (AccessDeniedException e) {
      problems.add(1, 1, Severity.ERROR, "cannot read the file: permission denied");
    } catch (IOException e) {
      problems.add(1, 1, Severity.ERROR, "cannot read the file: " + e.getMessage());
    }
    return Outcome.NONE;
  }

  /** A brief is found by its file name ({@code build ID}), so the two should agree. */
  private static void warnIfNamedOtherwise(Path file, Outcome outcome, Problems problems) {
    if (outcome.brief().isEmpty()
        || problems.hasErrors()
        || outcome.idPos().isEmpty()
        || file.getFileName() == null) {
      return;
    }
    String fileName = file.getFileName().toString();
    String stem = fileName.replaceFirst("\\.ya?ml$", "");
    String id = outcome.brief().get().id();
    if (!stem.equals(id)) {
      problems.warning(
          outcome.idPos().get(),
          "id: the brief's id \""
              + id
              + "\" differs from its file name \""
              + fileName
              + "\"; outputs are named after the id and \"build "
              + id
              + "\" finds briefs by file name, so rename the file "
              + id
              + ".yaml");
    }
  }

  /**
   * Why {@code file} is not a brief file that can be read, or empty if it is one; looks only at
   * what the file is (with {@code stat}), never opens it: opening a FIFO would wait for a writer
   * forever, and a device such as /dev/zero never ends. A symbolic link is followed only if it
   * stays inside the folder that holds it (its target's real path is below that folder's): a brief
   * in the content folder cannot bring in a file from elsewhere on the machine, whose text would
   * then show in diagnostics and the run report.
   */
  public static Optional<String> unreadable(Path file) throws IOException {
    BasicFileAttributes link;
    try {
      link = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return Optional.of("no such file");
    }
    if (link.isSymbolicLink()) {
      Path target = Files.readSymbolicLink(file);
      if (!Files.exists(file)) {
        return Optional.of(
            "is a symbolic link to " + target + ", which does not exist (a broken link)");
      }
      Path folder = file.toAbsolutePath().getParent().toRealPath();
      if (!file.toRealPath().startsWith(folder)) {
        return Optional.of(
            "is a symbolic link to "
                + file.toRealPath()
                + ", outside its folder "
                + folder
                + "; links are followed only within the folder (copy the file in instead)");
      }
    }
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      return Optional.of("is a folder, not a brief file");
    }
    if (!attributes.isRegularFile()) {
      return Optional.of(
          "is not a regular file (a FIFO, device or socket), so it is not read; a brief is a"
              + " regular file");
    }
    return Optional.empty();
  }

  /**
   * The brief files in {@code folder}: every entry named {@code *.yaml} or {@code *.yml}, sorted,
   * whatever it is, so that one that cannot be read (a broken link, a folder, a FIFO) is reported
   * as an error by {@link #load} instead of silently missing (which would make its outputs look
   * like those of a deleted brief). Hidden names (starting with a dot) are not briefs: editors keep
   * lock files and backups under them.
   */
  public static List<Path> discover(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(
              p -> {
                String n = p.getFileName().toString();
                return n.matches(".*\\.ya?ml") && !n.startsWith(".");
              })
          .sorted()
          .toList();
    }
  }

  /** Loads content already read; {@code name} is the file name used in diagnostics. */
  public LoadResult load(String name, byte[] bytes) {
    Problems problems = new Problems(name);
    if (bytes.length > limits.maxBytes()) {
      problems.add(
          1,
          1,
          Severity.ERROR,
          "the file is "
              + describeSize(bytes.length)
              + ", over the limit of "
              + describeSize(limits.maxBytes())
              + " for a brief (--max-bytes)");
      return result(problems, Outcome.NONE);
    }
    return result(problems, read(name, bytes, problems, Optional.empty()));
  }

  private Outcome read(String name, byte[] bytes, Problems problems, Optional<Path> folder) {
    try {
      Optional<String> text = YamlReader.decode(bytes, problems);
      if (text.isEmpty()) {
        return Outcome.NONE;
      }
      Optional<YNode> root = new YamlReader(limits, EMPTY).read(text.get(), problems);
      if (root.isEmpty()) {
        return Outcome.NONE;
      }
      BriefReader reader = new BriefReader(text.get(), problems);
      Optional<Brief> brief = reader.read(root.get());
      BriefCheck.Tally tally = new BriefCheck.Tally();
      if (brief.isPresent() && !checks.isEmpty()) {
        YNode tree = root.get();
        BriefCheck.Context context =
            new BriefCheck.Context(
                folder, path -> YPath.find(tree, path).map(YNode::pos), problems, tally);
        for (BriefCheck check : checks) {
          check.check(brief.get(), context);
        }
      }
      return new Outcome(brief, reader.idPos(), tally.snapshot());
    } catch (RuntimeException | StackOverflowError e) {
      // A safety net: a defect here must still come out as a diagnostic, never a crash.
      problems.add(
          1,
          1,
          Severity.ERROR,
          "internal error while reading "
              + name
              + " ("
              + e.getClass().getSimpleName()
              + "); please report it with the file");
      return Outcome.NONE;
    }
  }

  private static LoadResult result(Problems problems, Outcome outcome) {
    return new LoadResult(
        problems.hasErrors() ? Optional.empty() : outcome.brief(),
        problems.sorted(),
        outcome.quotes());
  }

  static String describeSize(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
    if (bytes >= 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    return bytes + " bytes";
  }
}
