/**
 * Analytic integrity: checks of a valid brief against what it claims, run by the loader after the
 * format's rules. Quotes are verified against archived copies of their sources, and prose that
 * copies a source without quotation marks is found.
 */
package dev.briefsmith.integrity;
