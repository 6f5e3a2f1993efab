package dev.briefsmith.audience;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A boilerplate line written as a logic-less Mustache template over the brief's fields, e.g. {@code
 * "{{series}} · information as of {{as_of_long}}"}. Only the names in {@link #FIELDS} exist; there
 * are no partials, and nothing a template says can run code. Immutable and thread-safe.
 */
public final class TextTemplate {

  /** The fields a template may use, with what each holds. */
  public static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("id", "the brief's id"),
          Map.entry("title", "the brief's title"),
          Map.entry("subtitle", "the brief's subtitle (empty if none)"),
          Map.entry("series", "the publisher or series line (empty if none)"),
          Map.entry("as_of", "the information cut-off, 2014-06-25"),
          Map.entry("as_of_long", "the information cut-off, 25 June 2014"),
          Map.entry("authors", "the authors' names, joined with commas"),
          Map.entry("audience", "the audience's name, e.g. analyst"),
          Map.entry("audience_title", "the audience's title, e.g. Analyst brief"),
          Map.entry("marking", "the banner label of this brief for this audience"),
          Map.entry("language", "the brief's language tag"));

  private static final Mustache.Compiler COMPILER =
      Mustache.compiler()
          .escapeHTML(false)
          .strictSections(true)
          .emptyStringIsFalse(true)
          .defaultValue("");

  private final String source;
  private final Template template;

  private TextTemplate(String source, Template template) {
    this.source = source;
    this.template = template;
  }

  /** The template as written. */
  public String source() {
    return source;
  }

  /**
   * Compiles a template; the problems (unknown names, partials, syntax) are returned instead of
   * thrown so the loader can report them with the file position.
   */
  public static Compiled compile(String source) {
    try {
      Template template = COMPILER.compile(source);
      List<String> problems = new ArrayList<>();
      template.visit(
          new Mustache.Visitor() {
            @Override
            public void visitText(String text) {}

            @Override
            public void visitVariable(String name) {
              check(name);
            }

            @Override
            public boolean visitInclude(String name) {
              problems.add("partials ({{> " + name + "}}) are not supported");
              return false;
            }

            @Override
            public boolean visitSection(String name) {
              check(name);
              return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
              check(name);
              return true;
            }

            private void check(String name) {
              if (!FIELDS.containsKey(name)) {
                problems.add(
                    "{{"
                        + name
                        + "}} is not a field; use one of: "
                        + String.join(
                            ", ", Set.copyOf(FIELDS.keySet()).stream().sorted().toList()));
              }
            }
          });
      return new Compiled(problems.isEmpty() ? new TextTemplate(source, template) : null, problems);
    } catch (MustacheException e) {
      return new Compiled(null, List.of("template syntax: " + e.getMessage()));
    } catch (RuntimeException e) {
      // jmustache fails on some malformed tags ("{{}}") with an index error instead of its own
      // exception; found by the template fuzz target
      return new Compiled(
          null, List.of("template syntax: a malformed tag (an empty {{}} or an unclosed {{ ?)"));
    }
  }

  /** A compiled template, or the reasons it is not one. */
  public record Compiled(TextTemplate template, List<String> problems) {
    /** Copies the problems. */
    public Compiled {
      problems = List.copyOf(problems);
    }
  }

  /** The line for these field values (every name in {@link #FIELDS}). */
  public String render(Map<String, String> fields) {
    return template.execute(fields).strip();
  }

  @Override
  public String toString() {
    return source;
  }
}
