#!/bin/sh
# Starts Keycloak (the development realm kyc, keycloak.sh) and the provisioned WildFly with the hub
# and the legacy-peer simulators, prints the URLs, and stays in the foreground until Ctrl-C (which
# shuts both down cleanly).
#   run-hub.sh <wildfly-home> <hub.ear> <simulators.war> <keycloak-home>
# Called by `./mvnw -Prun install -DskipTests` (integration-tests/pom.xml, profile "run").
# Settings come from the environment (docs/configuration.md), e.g. KYC_DB_URL, KYC_PII_KEY.
set -eu

home=$1
ear=$2
sim=$3
kc=$4
keycloak="$(dirname "$0")/keycloak.sh"
kc_port=${KYC_KEYCLOAK_PORT:-8180}
cli="$home/bin/jboss-cli.sh"
config=standalone-full.xml

if "$cli" --connect --command=":read-attribute(name=server-state)" >/dev/null 2>&1; then
  echo "run-hub: a server already answers on the management port 9990; stop it first" >&2
  echo "         ($cli --connect --command=:shutdown)" >&2
  exit 1
fi

# Keycloak first (the identity provider whose tokens the hub accepts); stopped whenever this script ends
"$keycloak" start "$kc"
trap '"$keycloak" stop "$kc" || true' EXIT

export JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx1536m -Xss4m -XX:MetaspaceSize=128m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true}"
log="$home/standalone/log/server.log"
echo "run-hub: starting WildFly ($config) from $home"
"$home/bin/standalone.sh" --read-only-server-config="$config" >/dev/null 2>&1 &
pid=$!
trap 'echo; echo "run-hub: stopping"; "$cli" --connect --command=":shutdown" >/dev/null 2>&1 || kill $pid; wait $pid 2>/dev/null; exit 0' INT TERM

started=$(date +%s)
until "$cli" --connect --command=":read-attribute(name=server-state)" 2>/dev/null | grep -q running; do
  if ! kill -0 $pid 2>/dev/null; then
    echo "run-hub: WildFly exited during start; see $log" >&2
    exit 1
  fi
  if [ $(( $(date +%s) - started )) -gt 180 ]; then
    echo "run-hub: WildFly did not start within 180 s; see $log" >&2
    kill $pid
    exit 1
  fi
  sleep 1
done

# Management deployments (not the scanner directory), replaced if present. The server runs on a
# read-only copy of its configuration, so nothing of this run (deployments included) is written
# back to standalone-full.xml: the next run, and the integration tests, start from the
# configuration the build made.
"$cli" --connect --command="deploy --force $sim"
"$cli" --connect --command="deploy --force $ear"
ready=$(( $(date +%s) - started ))

cat <<MSG

  eKYC hub is up (WildFly started and both deployments deployed in ${ready} s).

  REST    POST http://localhost:8080/kyc/api/v1/cases          GET .../cases/{caseId}
  Health  http://localhost:8080/kyc/api/v1/health/live          .../health/ready
  HTTPS   https://localhost:8443/...  (development certificate: standalone/configuration/kyc-dev-truststore.p12)
  SOAP    http://localhost:8080/kyc/services/kyc-case/v1        WSDL: ...?wsdl
  MQ      queues KYC.REQUEST -> KYC.REPLY, dead letters KYC.DLQ (embedded Artemis, port 8080)
          account opening KYC.ACCTOPEN -> KYC.ACCTRSP (simulated core banking in registry-sim)
  Batch   drop *.dat into $home/standalone/data/kyc/batch/inbox
          results in .../outbox, rejected files in .../error
  Peers   immigration registry simulator: https://localhost:8443/registry-sim/immigration/stay-status?wsdl
          (WS-Security UsernameToken digest + Timestamp; development-only account kyc-hub)
  OIDC    Keycloak issuer http://localhost:$kc_port/realms/kyc   (log $kc/data/log/keycloak.log)
          admin console http://localhost:$kc_port/admin/  ${KC_BOOTSTRAP_ADMIN_USERNAME:-kc-admin} / ${KC_BOOTSTRAP_ADMIN_PASSWORD:-dev-only-kc-admin}
          development-only logins: staff reviewer-1, reviewer-2, auditor, admin (password dev-only-<name>;
          password grant through client kyc-dev-tools, browser through staff-console); partner clients
          bank-app, insurer-soap, insurer-signed (WS-Security), core-banking-bridge (client credentials,
          secret dev-only-<client>-secret)
  Logs    $log
          $home/standalone/log/kyc-hub.json (structured, with caseId)

  Ctrl-C stops the hub and Keycloak.
MSG
wait $pid
