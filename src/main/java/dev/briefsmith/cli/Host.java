package dev.briefsmith.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may use of the process around it, passed in so tests control it: environment
 * variables, the clock, and whether the user is watching an interactive terminal.
 *
 * @param interactive whether to draw a progress bar (only for a person at a terminal, never in
 *     tests, cron or CI)
 */
record Host(Map<String, String> environment, Clock clock, boolean interactive) {
  /** Checks and copies the fields. */
  Host {
    environment = Map.copyOf(environment);
    Objects.requireNonNull(clock, "clock");
  }

  /** This process's environment and clock, never interactive: for {@link Main#run}. */
  static Host batch() {
    return new Host(System.getenv(), Clock.systemUTC(), false);
  }

  /** This process as it is, a terminal included if there is one: for {@link Main#main}. */
  static Host system() {
    Map<String, String> env = System.getenv();
    return new Host(env, Clock.systemUTC(), terminal() && !"dumb".equals(env.get("TERM")));
  }

  // Both cases are handled: null on Java 21 when not a terminal, isTerminal() on Java 22+.
  @SuppressWarnings("SystemConsoleNull")
  private static boolean terminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22+ returns a console even when redirected and says whether it is a terminal.
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true; // Java 21: a console exists only for a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
