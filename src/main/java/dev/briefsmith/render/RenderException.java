package dev.briefsmith.render;

/** A document that could not be rendered. */
public final class RenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure caused by another exception.
   *
   * @param message what could not be rendered, and why
   * @param cause the underlying failure
   */
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * A failure with no underlying exception.
   *
   * @param message what could not be rendered, and why
   */
  public RenderException(String message) {
    super(message);
  }
}
