package dev.briefsmith.batch;

import java.nio.file.Path;

/** Another run holds the lock on the output folder. */
public final class LockedException extends Exception {
  private static final long serialVersionUID = 1L;

  LockedException(Path lockFile, String holder) {
    super(
        "another run holds the lock on "
            + lockFile.getParent()
            + ": "
            + holder
            + " ("
            + lockFile
            + "); try again when it has finished");
  }
}
