package dev.briefsmith.compose;

import dev.briefsmith.yaml.Fields;
import dev.briefsmith.yaml.LoadLimits;
import dev.briefsmith.yaml.Problems;
import dev.briefsmith.yaml.YNode;
import dev.briefsmith.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One language's label catalogue, {@code dev/briefsmith/labels/<tag>.yaml} on the classpath: a flat
 * mapping from label keys to messages. English is the reference: every other catalogue may hold
 * only its keys, and each message must use exactly the English message's placeholders. Immutable.
 */
public record LabelCatalogue(String tag, Map<String, String> messages) {
  private static final String FOLDER = "/dev/briefsmith/labels/";
  private static final long MAX_BYTES = 256 * 1024;
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9-]{1,35}");
  private static final Pattern DATE_PATTERN = Pattern.compile("([dMLy]+|'[^']*'|[^A-Za-z'])+");

  /** The English catalogue, the reference for keys and placeholders. */
  public static final LabelCatalogue ENGLISH =
      load("en").orElseThrow(() -> new IllegalStateException("the English labels are missing"));

  /** Copies the messages. */
  public LabelCatalogue {
    messages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(messages));
  }

  /**
   * The catalogue shipped for {@code tag}, or empty when none is; a shipped catalogue that breaks
   * the rules is a bug and throws.
   */
  public static Optional<LabelCatalogue> load(String tag) {
    if (!TAG.matcher(tag).matches()) {
      return Optional.empty();
    }
    String resource = FOLDER + tag + ".yaml";
    byte[] bytes;
    try (InputStream in = LabelCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    Problems problems = new Problems(resource);
    Map<String, String> messages = parse(bytes, problems);
    if (bytes.length > MAX_BYTES) {
      problems.add(1, 1, dev.briefsmith.yaml.Severity.ERROR, "over " + MAX_BYTES + " bytes");
    }
    if (tag.equals("en")) {
      messages.entrySet().stream()
          .filter(e -> e.getKey().startsWith("date."))
          .forEach(
              e ->
                  datePattern(e.getValue())
                      .ifPresent(
                          error ->
                              problems.add(
                                  1,
                                  1,
                                  dev.briefsmith.yaml.Severity.ERROR,
                                  e.getKey() + ": " + error)));
    } else if (!problems.hasErrors()) {
      messages.forEach(
          (key, message) ->
              problem(key, message)
                  .ifPresent(
                      error ->
                          problems.add(
                              1, 1, dev.briefsmith.yaml.Severity.ERROR, key + ": " + error)));
    }
    if (problems.hasErrors()) {
      throw new IllegalStateException(
          "the label catalogue "
              + resource
              + " is broken: "
              + problems.sorted().stream()
                  .map(dev.briefsmith.yaml.Diagnostic::format)
                  .collect(java.util.stream.Collectors.joining("; ")));
    }
    return Optional.of(new LabelCatalogue(tag, messages));
  }

  /**
   * What is wrong with {@code message} as the label {@code key}, if anything: a key English does
   * not have ("did you mean"), placeholders other than English's, or a date pattern that is none.
   */
  public static Optional<String> problem(String key, String message) {
    Map<String, String> english = ENGLISH.messages();
    if (!english.containsKey(key)) {
      return Optional.of(
          "unknown label"
              + dev.briefsmith.yaml.Suggest.closest(key, english.keySet())
                  .map(k -> "; did you mean \"" + k + "\"?")
                  .orElse("; the label keys are listed in docs/templates.md"));
    }
    if (key.startsWith("date.")) {
      return datePattern(message);
    }
    return Message.mismatch(message, english.get(key));
  }

  private static Optional<String> datePattern(String pattern) {
    if (!DATE_PATTERN.matcher(pattern).matches()
        || !pattern.replaceAll("'[^']*'", "").contains("y")) {
      return Optional.of(
          "a date pattern uses the letters d, M, L and y (and text in 'single quotes'),"
              + " with the year (y) at least, e.g. \"d MMMM y\"");
    }
    try {
      // formatting a date once also catches letters ofPattern accepts but cannot print
      return java.time.format.DateTimeFormatter.ofPattern(pattern)
              .format(java.time.LocalDate.of(2014, 6, 25))
              .isEmpty()
          ? Optional.of("the pattern prints nothing")
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of("not a date pattern: " + e.getMessage());
    }
  }

  private static Map<String, String> parse(byte[] bytes, Problems problems) {
    Map<String, String> out = new LinkedHashMap<>();
    Optional<String> text = YamlReader.decode(bytes, problems);
    Optional<YNode> root =
        text.flatMap(
            t ->
                new YamlReader(LoadLimits.DEFAULT, "a label catalogue maps keys to messages")
                    .read(t, problems));
    if (root.isEmpty()) {
      return out;
    }
    if (!(root.get() instanceof YNode.YMap map)) {
      problems.error(root.get().pos(), "expected a mapping of label keys to messages");
      return out;
    }
    for (YNode.Entry e : map.entries()) {
      String key = e.key().value();
      String message = Fields.text(e.value(), key, problems);
      if (message != null) {
        Message.check(message).ifPresent(err -> problems.error(e.value().pos(), key + ": " + err));
        out.put(key, message);
      }
    }
    return out;
  }

  /** The catalogues to look in for {@code tag}, most specific first: fr-CA, fr, en. */
  public static List<String> chain(String tag) {
    java.util.Locale l = java.util.Locale.forLanguageTag(tag);
    java.util.List<String> out = new java.util.ArrayList<>();
    java.util.Locale.Builder b = new java.util.Locale.Builder().setLanguage(l.getLanguage());
    if (!l.getScript().isEmpty() && !l.getCountry().isEmpty()) {
      out.add(b.setScript(l.getScript()).setRegion(l.getCountry()).build().toLanguageTag());
      b = new java.util.Locale.Builder().setLanguage(l.getLanguage());
    }
    if (!l.getScript().isEmpty()) {
      out.add(b.setScript(l.getScript()).build().toLanguageTag());
      b = new java.util.Locale.Builder().setLanguage(l.getLanguage());
    }
    if (!l.getCountry().isEmpty()) {
      out.add(b.setRegion(l.getCountry()).build().toLanguageTag());
    }
    if (!l.getLanguage().isEmpty()) {
      out.add(l.getLanguage());
    }
    if (!out.contains("en")) {
      out.add("en");
    }
    return List.copyOf(out);
  }
}
