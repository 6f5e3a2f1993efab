package dev.briefsmith.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/** The renderer's own XML elements: schema order, escaping as XMLBeans escapes, shared parts. */
class ElementTest {
  private static String xml(Element e) {
    StringBuilder out = new StringBuilder();
    e.writeTo(out);
    return out.toString();
  }

  @Test
  void paragraphPropertiesComeOutInSchemaOrderWhateverOrderTheyAreAddedIn() {
    Element pPr = new Element("w:pPr");
    pPr.add("w:jc").attr("w:val", "center");
    pPr.add("w:bidi");
    pPr.add("w:spacing").attr("w:after", 120);
    pPr.add("w:pageBreakBefore");
    pPr.add("w:pStyle").attr("w:val", "Caption");
    pPr.add("w:keepNext");
    assertThat(xml(pPr))
        .isEqualTo(
            "<w:pPr><w:pStyle w:val=\"Caption\"/><w:keepNext/><w:pageBreakBefore/><w:bidi/>"
                + "<w:spacing w:after=\"120\"/><w:jc w:val=\"center\"/></w:pPr>");
  }

  @Test
  void sectionReferencesKeepTheirOrderAndComeBeforeThePage() {
    Element sect = new Element("w:sectPr");
    sect.add("w:pgSz").attr("w:w", 1);
    sect.add("w:headerReference").attr("w:type", "default");
    sect.add("w:footerReference").attr("w:type", "default");
    sect.add("w:headerReference").attr("w:type", "first");
    sect.add("w:bidi");
    sect.add("w:titlePg");
    assertThat(xml(sect))
        .isEqualTo(
            "<w:sectPr><w:headerReference w:type=\"default\"/>"
                + "<w:footerReference w:type=\"default\"/><w:headerReference w:type=\"first\"/>"
                + "<w:pgSz w:w=\"1\"/><w:titlePg/><w:bidi/></w:sectPr>");
  }

  @Test
  void runsAndOtherElementsKeepTheOrderTheyAreAddedIn() {
    Element p = new Element("w:p");
    p.add("w:r").add("w:t").text("b");
    p.add("w:bookmarkStart").attr("w:id", 0);
    p.add("w:r").add("w:t").text("a");
    assertThat(xml(p))
        .isEqualTo(
            "<w:p><w:r><w:t>b</w:t></w:r><w:bookmarkStart w:id=\"0\"/><w:r><w:t>a</w:t></w:r></w:p>");
  }

  @Test
  void attributesKeepTheirPlaceWhenSetAgain() {
    Element spacing = new Element("w:spacing").attr("w:after", 1).attr("w:before", 2);
    spacing.attr("w:after", 3);
    assertThat(xml(spacing)).isEqualTo("<w:spacing w:after=\"3\" w:before=\"2\"/>");
    assertThat(spacing.attr("w:before")).isEqualTo("2");
    assertThat(spacing.attr("w:line")).isNull();
  }

  @Test
  void textAndAttributesAreEscapedAsXmlBeansEscapesThem() {
    List<String> samples =
        List.of(
            "plain",
            "a & b < c > d",
            "\"quoted\" and 'single'",
            "]]> ends a section; ]> does not; ]]]>",
            "tab\tand\nline",
            "Persian ما از and emoji 😀, U+2028 \u2028 and U+0085 \u0085",
            "&amp; already");
    for (String s : samples) {
      CTP reference = CTP.Factory.newInstance();
      CTR r = reference.addNewR();
      r.addNewT().setStringValue(s);
      CTHyperlink link = reference.addNewHyperlink();
      link.setAnchor(s);
      XmlOptions options =
          new XmlOptions().setSaveSuggestedPrefixes(java.util.Map.of(WordPackage.W, "w"));
      String expected = reference.xmlText(options);

      Element p = new Element("w:p");
      p.add("w:r").add("w:t").text(s);
      p.add("w:hyperlink").attr("w:anchor", s);
      String ours = xml(p);
      // XMLBeans declares the namespace on each top-level child of a fragment; the rest is ours
      String inner =
          expected
              .replace("<xml-fragment>", "")
              .replace("</xml-fragment>", "")
              .replace(" xmlns:w=\"" + WordPackage.W + "\"", "");
      assertThat(ours).as(s).isEqualTo("<w:p>" + inner + "</w:p>");
    }
  }

  @Test
  void aSharedElementIsWrittenWhereverItIsAppendedAndCopiesAreDeep() {
    Element rPr = new Element("w:rPr");
    rPr.add("w:b");
    Element p = new Element("w:p");
    p.add("w:r").append(rPr).add("w:t").text("one");
    p.add("w:r").append(rPr).add("w:t").text("two");
    assertThat(xml(p))
        .isEqualTo(
            "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>one</w:t></w:r>"
                + "<w:r><w:rPr><w:b/></w:rPr><w:t>two</w:t></w:r></w:p>");
    Element copy = rPr.copy();
    copy.add("w:i");
    assertThat(xml(rPr)).isEqualTo("<w:rPr><w:b/></w:rPr>");
    assertThat(xml(copy)).isEqualTo("<w:rPr><w:b/><w:i/></w:rPr>");
  }
}
