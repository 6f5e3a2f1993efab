package dev.briefsmith.render;

/** A document could not be rendered; the message says which part and why. */
public final class RenderException extends RuntimeException {
  /** An exception with a message for the user. */
  public RenderException(String message) {
    super(message);
  }

  /** An exception with a message for the user and the failure behind it. */
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
