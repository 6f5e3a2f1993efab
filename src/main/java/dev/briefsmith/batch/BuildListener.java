package dev.briefsmith.batch;

/**
 * Hears a build's events. A build calls it from several threads but never at the same time, so an
 * implementation needs no locking of its own.
 */
@FunctionalInterface
public interface BuildListener {
  /** Called once per event. */
  void on(BuildEvent event);
}
