package dev.briefsmith.cli;

/** A command was given something it cannot work with (exit code 2). */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
