package dev.briefsmith.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.briefsmith.yaml.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The JSON Schema and the loader agree on every brief in the test corpus. Rules the schema cannot
 * express are listed here, each with the reason, and for those the schema must accept the file, so
 * the list stays exact.
 */
class SchemaAgreementTest {
  static final Path INVALID = Path.of("src/test/resources/briefs/invalid");

  /** Broken briefs whose rule only the loader can check, and why. */
  static final Map<String, String> LOADER_ONLY =
      Map.ofEntries(
          Map.entry("unknown-side", "references must name an existing side"),
          Map.entry("unknown-faction", "references must name an existing faction"),
          Map.entry("faction-on-other-side", "an actor's faction belongs to the actor's side"),
          Map.entry("unknown-actor-in-statement", "references must name an existing actor"),
          Map.entry("unknown-evidence", "evidence must name existing statements"),
          Map.entry("unknown-citation", "[@id] citations inside prose must name a source"),
          Map.entry("unknown-statement-source", "references must name an existing source"),
          Map.entry("positions-key-not-a-side", "positions keys must be side ids"),
          Map.entry("by-faction-unknown", "by_faction keys must be faction or actor ids"),
          Map.entry("duplicate-actor-id", "ids are unique within their kind"),
          Map.entry("likelihood-mixed-columns", "one brief uses one ICD 203 column"),
          Map.entry("as-of-not-a-date", "the date must exist in the calendar"),
          Map.entry("bad-partial-date", "the month must exist in the calendar"),
          Map.entry("tag-binary", "YAML tags are not part of the JSON data"),
          Map.entry("lone-surrogate", "half a surrogate pair does not survive as JSON text"),
          Map.entry("as-of-before-gregorian", "the cut-off is a Gregorian date, from 1583 on"),
          Map.entry(
              "unprintable-character", "which characters print depends on the bundled fonts"));

  /** Files that are not a single plain YAML document, so there is no JSON for a schema to see. */
  static final Set<String> NOT_JSON =
      Set.of(
          "empty-file",
          "comments-only",
          "not-utf8",
          "utf16",
          "utf16-no-bom",
          "utf32",
          "nul-byte",
          "escape-cut-short",
          "two-documents",
          "tab-indentation",
          "duplicate-key",
          "yaml-syntax-error",
          "undefined-alias",
          "tag-custom",
          "deep-nesting",
          "billion-laughs");

  static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(BriefSchema.json());

  static Stream<String> invalidCases() throws IOException {
    try (Stream<Path> files = Files.list(INVALID)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList()
          .stream();
    }
  }

  static Stream<Path> validBriefs() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/briefs/valid"));
        Stream<Path> many = Files.list(Path.of("src/test/resources/briefs/many-sides"))) {
      List<Path> all = new ArrayList<>(files.sorted().toList());
      all.addAll(many.sorted().toList());
      all.add(Path.of("content/iraq-us-iran-2014.yaml"));
      all.add(Path.of("src/test/resources/briefs/warnings/unused-items.yaml"));
      return all.stream();
    }
  }

  static Optional<JsonNode> asJson(Path file) {
    try {
      LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).build();
      String text = Files.readString(file);
      Object data = new Load(settings).loadFromString(text);
      if (data == null) {
        return Optional.empty();
      }
      // Through JSON text, as an editor sees it: binary data becomes a base64 string.
      ObjectMapper mapper = new ObjectMapper();
      return Optional.of(mapper.readTree(mapper.writeValueAsString(data)));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  static Set<ValidationMessage> schemaErrors(JsonNode json) {
    return SCHEMA.validate(json);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validBriefs")
  void theSchemaAcceptsEveryValidBrief(Path file) {
    assertThat(new BriefLoader().load(file).valid()).isTrue();
    assertThat(schemaErrors(asJson(file).orElseThrow())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void theSchemaAgreesWithTheLoaderOnEveryBrokenBrief(String name) {
    Path file = INVALID.resolve(name + ".yaml");
    // with the check validate runs for characters no bundled font prints
    List<BriefCheck> checks =
        List.of(
            new dev.briefsmith.integrity.GlyphCheck(
                new dev.briefsmith.render.GlyphCoverage(new dev.briefsmith.render.Fonts())));
    assertThat(new BriefLoader(LoadLimits.DEFAULT.withMaxBytes(2048), checks).load(file).valid())
        .as(name)
        .isFalse();
    Optional<JsonNode> json = asJson(file);
    if (NOT_JSON.contains(name)) {
      assertThat(json.filter(JsonNode::isObject)).as(name + " has no JSON form").isEmpty();
      return;
    }
    if (name.equals("oversized")) {
      return; // a size limit is the loader's, not a property of the data
    }
    Set<ValidationMessage> errors = schemaErrors(json.orElseThrow());
    if (LOADER_ONLY.containsKey(name)) {
      assertThat(errors).as(name + " is documented as loader-only").isEmpty();
    } else {
      assertThat(errors).as(name + " must be rejected by the schema too").isNotEmpty();
    }
  }

  @Test
  void everyCaseIsClassifiedOnce() throws IOException {
    Set<String> names = new TreeSet<>(invalidCases().toList());
    assertThat(names).containsAll(LOADER_ONLY.keySet()).containsAll(NOT_JSON);
    assertThat(LOADER_ONLY.keySet()).doesNotContainAnyElementsOf(NOT_JSON);
  }

  @Test
  void theSchemaNamesExactlyTheFieldsTheLoaderAccepts() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(BriefSchema.json());
    Map<String, String> pointers =
        Map.ofEntries(
            Map.entry("brief", ""),
            Map.entry("author", "/properties/authors/items"),
            Map.entry("side", "/properties/sides/items"),
            Map.entry("key_judgment", "/properties/key_judgments/items"),
            Map.entry("context", "/properties/context"),
            Map.entry("timeline_entry", "/properties/context>/properties/timeline/items"),
            Map.entry("faction", "/properties/factions/items"),
            Map.entry("actor", "/properties/actors/items"),
            Map.entry("third_party", "/properties/third_parties/items"),
            Map.entry("statement", "/properties/statements/items"),
            Map.entry("issue", "/properties/issues/items"),
            Map.entry(
                "position", "/properties/issues/items>/properties/positions/additionalProperties"),
            Map.entry("red_line", "/properties/red_lines/items"),
            Map.entry("outlook", "/properties/outlook"),
            Map.entry("scenario", "/properties/outlook>/properties/scenarios/items"),
            Map.entry("source", "/properties/sources/items"),
            Map.entry("analyst_note", "/properties/analyst_notes/items"));
    assertThat(pointers.keySet()).isEqualTo(BriefReader.FIELDS.keySet());
    for (var e : pointers.entrySet()) {
      JsonNode node = schema;
      for (String step : e.getValue().split(">", -1)) {
        node = resolve(schema, step.isEmpty() ? node : node.at(step));
      }
      Set<String> names = new TreeSet<>();
      Iterator<String> it = node.get("properties").fieldNames();
      it.forEachRemaining(names::add);
      assertThat(names).as(e.getKey()).isEqualTo(new TreeSet<>(BriefReader.FIELDS.get(e.getKey())));
      assertThat(node.get("additionalProperties").asBoolean(true)).as(e.getKey()).isFalse();
    }
  }

  private static JsonNode resolve(JsonNode schema, JsonNode node) {
    while (node.has("$ref")) {
      node = schema.at(node.get("$ref").asText().substring(1));
    }
    return node;
  }
}
