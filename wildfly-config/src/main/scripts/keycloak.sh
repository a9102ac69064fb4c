#!/bin/sh
# Starts and stops the Keycloak that wildfly-config lays down beside WildFly, with the project's
# development realm "kyc" (src/main/keycloak/kyc-realm.json, copied to <kc-home>/data/import).
#   keycloak.sh start <kc-home>   fresh database, imports the realm, waits until the realm answers
#   keycloak.sh stop  <kc-home>   stops the Keycloak this home's start left running
#   keycloak.sh jdk               prints the JDK Keycloak would run on (fails if there is none)
# Called by run-hub.sh (the start command) and by integration-tests/pom.xml (the test command).
# Keycloak needs a JDK 21 or newer (the hub itself runs on 17). Looked for in this order:
# KC_JAVA_HOME, JAVA_HOME if it is 21+, the newest 21+ under /usr/lib/jvm (or macOS's
# /Library/Java/JavaVirtualMachines).
# Settings (environment): KYC_KEYCLOAK_PORT (HTTP, default 8180; management on port+1000),
# KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD (Keycloak's own master-realm
# administrator, development-only defaults), KYC_KEYCLOAK_HEAP (default -Xms64m -Xmx512m).
set -eu

usage() { echo "usage: keycloak.sh start|stop <keycloak-home> | keycloak.sh jdk" >&2; exit 2; }
[ $# -eq 2 ] || [ "${1:-}" = jdk ] || usage
cmd=$1
home=${2:-}
port=${KYC_KEYCLOAK_PORT:-8180}
mgmt=$((port + 1000))
pidfile="$home/data/keycloak.pid"
reused="$home/data/keycloak.reused"
log="$home/data/log/keycloak.log"
base="http://localhost:$port"
discovery="$base/realms/kyc/.well-known/openid-configuration"

# HTTP status of a GET (000 when nothing answers)
status() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" 2>/dev/null || true; }

# major version of the JDK at $1 (from its release file), 0 if none
jdk_major() {
  [ -f "$1/release" ] && [ -x "$1/bin/java" ] || { echo 0; return; }
  v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")
  case $v in 1.*) v=${v#1.} ;; esac
  v=${v%%[!0-9]*}
  echo "${v:-0}"
}

find_jdk() {
  if [ -n "${KC_JAVA_HOME:-}" ]; then
    if [ "$(jdk_major "$KC_JAVA_HOME")" -ge 21 ]; then echo "$KC_JAVA_HOME"; return; fi
    echo "keycloak: KC_JAVA_HOME=$KC_JAVA_HOME is not a JDK 21 or newer" >&2
    return 1
  fi
  if [ -n "${JAVA_HOME:-}" ] && [ "$(jdk_major "$JAVA_HOME")" -ge 21 ]; then echo "$JAVA_HOME"; return; fi
  best= bestv=0
  for d in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -L "$d" ] && continue
    v=$(jdk_major "$d")
    if [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best=$d bestv=$v; fi
  done
  [ -n "$best" ] && { echo "$best"; return; }
  cat >&2 <<MSG
keycloak: Keycloak needs a JDK 21 or newer and none was found (KC_JAVA_HOME, JAVA_HOME, /usr/lib/jvm/*).
          Install one (Debian/Ubuntu: apt-get install openjdk-21-jdk-headless, or Temurin 21/25)
          or point KC_JAVA_HOME at it. The hub itself keeps running on its JDK 17.
MSG
  return 1
}

start() {
  [ -x "$home/bin/kc.sh" ] || { echo "keycloak: no Keycloak at $home (build wildfly-config first)" >&2; exit 1; }
  command -v curl >/dev/null 2>&1 || { echo "keycloak: needs curl" >&2; exit 1; }
  if [ "$(status "$discovery")" = 200 ]; then
    echo "keycloak: a Keycloak with realm kyc already answers on port $port: reusing it (left running at stop)"
    : > "$reused"
    echo "keycloak: issuer $base/realms/kyc"
    return
  fi
  for p in "$port" "$mgmt"; do
    if [ "$(status "http://localhost:$p/")" != 000 ]; then
      echo "keycloak: something else answers on port $p; stop it, or choose other ports with KYC_KEYCLOAK_PORT" >&2
      exit 1
    fi
  done
  jdk=$(find_jdk) || exit 1
  rm -f "$reused"
  # a fresh database every start: the realm file is the truth
  rm -rf "$home/data/h2"
  mkdir -p "$home/data/log"
  echo "keycloak: starting Keycloak (JDK $jdk) on port $port, log $log"
  # JAVA_OPTS is WildFly's, not Keycloak's
  (
    unset JAVA_OPTS JAVA_OPTS_APPEND
    export JAVA_HOME="$jdk"
    export JAVA_OPTS_KC_HEAP="${KYC_KEYCLOAK_HEAP:--Xms64m -Xmx512m}"
    export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-kc-admin}"
    export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-dev-only-kc-admin}"
    # a fixed hostname: the issuer is http://localhost:<port>/realms/kyc however a client calls it
    exec "$home/bin/kc.sh" start-dev --import-realm --http-port="$port" --http-management-port="$mgmt" \
      --health-enabled=true --hostname="$base"
  ) </dev/null >"$log" 2>&1 &
  pid=$!
  echo "$pid" > "$pidfile"
  t0=$(date +%s)
  until [ "$(status "$discovery")" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$pidfile"
      echo "keycloak: Keycloak exited during start; see $log" >&2
      tail -n 20 "$log" >&2 || true
      exit 1
    fi
    if [ $(( $(date +%s) - t0 )) -gt 180 ]; then
      echo "keycloak: Keycloak did not answer within 180 s; see $log" >&2
      stop
      exit 1
    fi
    sleep 1
  done
  echo "keycloak: started in $(( $(date +%s) - t0 )) s; issuer $base/realms/kyc"
}

stop() {
  if [ -f "$reused" ]; then
    rm -f "$reused"
    echo "keycloak: leaving the Keycloak that was already running on port $port"
    return
  fi
  [ -f "$pidfile" ] || { echo "keycloak: not started from $home (no $pidfile)"; return; }
  pid=$(cat "$pidfile")
  rm -f "$pidfile"
  kill -0 "$pid" 2>/dev/null || { echo "keycloak: already stopped"; return; }
  # a pid file left by a crash may name another process by now (kc.sh execs Keycloak's java, whose
  # command line names its home as kc.home.dir)
  case $(ps -o args= -p "$pid" 2>/dev/null) in
    *kc.sh*|*kc.home.dir=*) ;;
    *) echo "keycloak: process $pid is not Keycloak any more; nothing to stop"; return ;;
  esac
  kill "$pid" 2>/dev/null || true
  n=0
  while kill -0 "$pid" 2>/dev/null; do
    if [ $n -ge 20 ]; then
      echo "keycloak: did not stop within 20 s; killing it"
      pkill -9 -P "$pid" 2>/dev/null || true
      kill -9 "$pid" 2>/dev/null || true
      break
    fi
    sleep 1
    n=$((n + 1))
  done
  echo "keycloak: stopped"
}

case $cmd in
  start) start ;;
  stop) stop ;;
  jdk) jdk=$(find_jdk) || exit 1; echo "$jdk (Java $(jdk_major "$jdk"))" ;;
  *) usage ;;
esac
