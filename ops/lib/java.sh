# Sourced by the ops scripts: finds a JDK 21 or newer and exports JAVA_HOME and PATH for it.
# Order: $JAVA_HOME if new enough, then `java` on the PATH, then the newest JDK under /usr/lib/jvm.

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

pick_java() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ]; then return 0; fi
  fi
  if command -v java >/dev/null 2>&1; then
    major=$(java_major "$(command -v java)")
    if [ "${major:-0}" -ge 21 ]; then
      JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
      export JAVA_HOME
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*/bin/java /opt/*/bin/java "$HOME"/.sdkman/candidates/java/*/bin/java; do
    [ -x "$candidate" ] || continue
    major=$(java_major "$candidate")
    if [ "${major:-0}" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  if [ "$best_major" -ge 21 ]; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$best")")")
    export JAVA_HOME
    return 0
  fi
  echo "Convene needs a JDK 21 or newer; none found (set JAVA_HOME to one)." >&2
  return 1
}

pick_java || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
