# Sourced by ./mvnw and ./briefsmith: picks a JDK 21+ and exports JAVA_HOME, or explains what to install.
# Order: $JAVA_HOME, the `java` on PATH, then the usual install folders (newest first).

briefsmith_java_major() {
  # Prints the major version of the java binary $1, or nothing. A JDK's `release` file says it
  # (JAVA_VERSION="25.0.3"), which saves starting a JVM (~0.1 s each); without one, ask java.
  local release major
  release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$release" ]; then
    major=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release" | head -n 1)
    if [ -n "$major" ]; then
      echo "$major"
      return 0
    fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

briefsmith_find_jdk() {
  local min=21 candidate major java_bin
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  java_bin=$(command -v java 2>/dev/null) &&
    candidates+=("$(dirname "$(dirname "$(readlink -f "$java_bin")")")")
  for candidate in $(ls -d /usr/lib/jvm/*/ "$HOME"/.sdkman/candidates/java/*/ /opt/java/*/ \
      /opt/jdk*/ /usr/local/lib/jvm/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/ \
      2>/dev/null | sort -rV); do
    candidates+=("${candidate%/}")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(briefsmith_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  cat >&2 <<MSG
briefsmith: no JDK $min or newer found (looked at \$JAVA_HOME, the java on PATH, /usr/lib/jvm,
~/.sdkman, /opt). Install one, for example:
  apt-get install openjdk-21-jdk        (Debian/Ubuntu; or temurin-21-jdk from Adoptium)
  sdk install java 21-tem               (SDKMAN)
or point JAVA_HOME at a JDK $min+.
MSG
  return 2
}

briefsmith_heap_flags() {
  # Prints, on one line, the heap flags of ./briefsmith for a heap capped at $1 (a JVM size: 768m,
  # 2g). The cap, then a young generation of about a fifth of it, a quarter of that for each
  # survivor space: the objects of the documents in flight when the young generation is collected
  # die there instead of being promoted, so the old generation holds what the run keeps, not
  # garbage the serial collector would grow the heap for (docs/performance.md). A size given in
  # other units, or under 48m, keeps the JVM's own young generation size.
  local heap=$1 mb=
  case "$heap" in
    *[gG]) [[ ${heap%?} =~ ^[0-9]{1,6}$ ]] && mb=$((${heap%?} * 1024)) ;;
    *[mM]) [[ ${heap%?} =~ ^[0-9]{1,9}$ ]] && mb=${heap%?} ;;
  esac
  if [ -n "$mb" ] && [ "$mb" -ge 48 ]; then
    echo "-Xmx$heap -Xmn$((mb * 5 / 24))m -XX:SurvivorRatio=3"
  else
    echo "-Xmx$heap -XX:SurvivorRatio=3"
  fi
}
