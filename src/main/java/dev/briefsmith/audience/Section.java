package dev.briefsmith.audience;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a template's section list: which section, an optional heading that replaces the
 * default, a page break before it, the cover's style, and the section's on/off options.
 */
public record Section(
    SectionKind kind,
    Optional<String> title,
    boolean pageBreakBefore,
    Optional<String> style,
    Map<String, Boolean> flags) {

  /** Checks and copies the fields; every flag must be one the section accepts. */
  public Section {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(style, "style");
    flags = Map.copyOf(flags);
    for (String flag : flags.keySet()) {
      if (!kind.flags().containsKey(flag)) {
        throw new IllegalArgumentException(kind.word() + " has no option " + flag);
      }
    }
  }

  /** A section with every option at its default. */
  public static Section of(SectionKind kind) {
    return new Section(kind, Optional.empty(), false, Optional.empty(), Map.of());
  }

  /** The value of an on/off option, or its default. */
  public boolean flag(String name) {
    Boolean value = flags.get(name);
    if (value != null) {
      return value;
    }
    Boolean fallback = kind.flags().get(name);
    if (fallback == null) {
      throw new IllegalArgumentException(kind.word() + " has no option " + name);
    }
    return fallback;
  }
}
