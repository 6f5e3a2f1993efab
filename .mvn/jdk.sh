# Sourced by ./mvnw and ./briefsmith: picks a JDK 21+ and exports JAVA_HOME, or explains what to install.
# Order: $JAVA_HOME, the `java` on PATH, then the usual install folders (newest first).

briefsmith_java_major() {
  # Prints the major version of the java binary $1, or nothing. A JDK's `release` file says it
  # (JAVA_VERSION="25.0.3"), which saves starting a JVM (~0.1 s each); without one, ask java.
  # Read with shell built-ins: each program started here costs the launcher 1-4 ms.
  local major
  major=$(briefsmith_release_value "${1%/bin/*}/release" JAVA_VERSION)
  major=${major%%[!0-9]*}
  if [ -n "$major" ]; then
    echo "$major"
    return 0
  fi
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

briefsmith_release_value() {
  # Prints the value of KEY="value" ($2) in a JDK's release file ($1), or nothing.
  local line
  [ -f "$1" ] || return 0
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%$'\r'}
    case "$line" in
      "$2=\""*\")
        line=${line#"$2=\""}
        echo "${line%\"}"
        return 0
        ;;
    esac
  done <"$1"
}

briefsmith_find_jdk() {
  local min=21 candidate java_bin
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  java_bin=$(command -v java 2>/dev/null) && java_bin=$(readlink -f "$java_bin") &&
    candidates+=("${java_bin%/bin/*}")
  for candidate in "${candidates[@]}"; do
    briefsmith_use_jdk "$candidate" "$min" && return 0
  done
  # the install folders are listed only when neither of those will do
  for candidate in $(ls -d /usr/lib/jvm/*/ "$HOME"/.sdkman/candidates/java/*/ /opt/java/*/ \
      /opt/jdk*/ /usr/local/lib/jvm/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/ \
      2>/dev/null | sort -rV); do
    briefsmith_use_jdk "${candidate%/}" "$min" && return 0
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

briefsmith_use_jdk() {
  # Exports JAVA_HOME=$1 if it is a JDK (java and javac) of version $2 or newer, and keeps its
  # major version in BRIEFSMITH_JAVA_MAJOR for the caller (not exported).
  local major
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  major=$(briefsmith_java_major "$1/bin/java")
  [ -n "$major" ] && [ "$major" -ge "$2" ] || return 1
  export JAVA_HOME="$1"
  BRIEFSMITH_JAVA_MAJOR=$major
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

briefsmith_run_size() (
  # Prints how many briefs a run of ./briefsmith with the arguments "$@" reads, as far as its
  # command line tells without opening a brief: bench's --briefs (1000 unless given); for build,
  # the brief files it names (arguments ending in .yaml or .yml), else the brief files (not hidden)
  # in its content folder (--content, else ./content), every one of which a build plans, whichever
  # it renders; 0 for the other commands. (A subshell: the glob's option stays in it.)
  local command= content=content briefs=1000 named=0 value= arg
  for arg in "$@"; do
    if [ -n "$value" ]; then
      case "$value" in
        content) content=$arg ;;
        briefs) briefs=$arg ;;
      esac
      value=
      continue
    fi
    case "$arg" in
      --content) value=content ;;
      --content=*) content=${arg#--content=} ;;
      --briefs) value=briefs ;;
      --briefs=*) briefs=${arg#--briefs=} ;;
      -*) ;;
      *.yaml | *.yml) [ -z "$command" ] || named=$((named + 1)) ;;
      *) [ -n "$command" ] || command=$arg ;;
    esac
  done
  case "$command" in
    bench)
      [[ $briefs =~ ^[0-9]{1,9}$ ]] || briefs=0
      echo "$((10#$briefs))"
      ;;
    build)
      if [ "$named" -gt 0 ]; then
        echo "$named"
        return 0
      fi
      # a glob, not ls or find: no program started
      shopt -s nullglob
      local files=("$content"/*.yaml "$content"/*.yml)
      echo "${#files[@]}"
      ;;
    *) echo 0 ;;
  esac
)

briefsmith_compiler_flags() {
  # Prints the just-in-time compiler flag of ./briefsmith for the arguments "$@". The client
  # compiler alone starts fastest and wins a short run (the sample built cold in 1.36 s against
  # 1.87 s with both); the full compiler's code is faster once it is compiled, which pays from
  # about a thousand briefs (docs/performance.md, tenth round). BRIEFSMITH_COMPILER=client or full
  # decides instead; auto (the default) chooses by briefsmith_run_size.
  local choice=${BRIEFSMITH_COMPILER:-auto}
  case "$choice" in
    client) echo "-XX:TieredStopAtLevel=1" ;;
    full) echo "-XX:+TieredCompilation" ;;
    auto)
      if [ "$(briefsmith_run_size "$@")" -ge 1000 ]; then
        echo "-XX:+TieredCompilation"
      else
        echo "-XX:TieredStopAtLevel=1"
      fi
      ;;
    *)
      echo "briefsmith: BRIEFSMITH_COMPILER is \"$choice\"; expected client, full or auto" >&2
      return 1
      ;;
  esac
}
