/**
 * What changed between two editions of a brief: the {@link dev.briefsmith.diff.Edition} of a
 * selected brief (what a later edition is compared with), and its semantic diff, {@link
 * dev.briefsmith.diff.EditionDiff}, matched by id. Works on the content model after selection, so
 * the changes of an audience hold nothing that audience may not see.
 */
package dev.briefsmith.diff;
