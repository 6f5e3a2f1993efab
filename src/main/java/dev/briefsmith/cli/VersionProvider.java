package dev.briefsmith.cli;

import dev.briefsmith.batch.ProgramId;
import picocli.CommandLine.IVersionProvider;

/** The program version, from the build. */
final class VersionProvider implements IVersionProvider {

  /** The version string, e.g. "0.1.0". */
  static String version() {
    return ProgramId.releaseVersion();
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "briefsmith " + version(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")"
    };
  }
}
