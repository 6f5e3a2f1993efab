package dev.briefsmith.audience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTemplateTest {
  @Test
  void malformedTagsAreProblemsNotExceptions() {
    // found by the template fuzz target: jmustache threw an index error on an empty tag
    for (String source : new String[] {":{{#series}}{{}}\"", "{{}}", "{{#series}}"}) {
      TextTemplate.Compiled c = TextTemplate.compile(source);
      assertThat(c.template()).as(source).isNull();
      assertThat(c.problems()).as(source).singleElement().asString().startsWith("template syntax:");
    }
  }

  @Test
  void aWellFormedTemplateCompiles() {
    TextTemplate.Compiled c = TextTemplate.compile("{{title}}{{#series}} · {{series}}{{/series}}");
    assertThat(c.problems()).isEmpty();
    assertThat(c.template()).isNotNull();
  }
}
