package dev.briefsmith.compose;

/** The role of a paragraph; renderers map each to a style (a Word paragraph style, a PDF font). */
public enum ParaStyle {
  /** Running text. */
  BODY,
  /** The bottom line up front: larger, set apart. */
  LEAD,
  /** Fine print: legends, notes under tables. */
  SMALL,
  /** A verbatim quotation, indented. */
  QUOTE,
  /** Who said a quotation, and when. */
  ATTRIBUTION,
  /** A figure or table caption. */
  CAPTION
}
