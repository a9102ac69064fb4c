#!/bin/sh
# Checks the tokens of the development realm "kyc" on a running Keycloak (keycloak.sh start):
# a partner's client-credentials token, a staff password token via kyc-dev-tools, and the
# 2-second token of expiring-partner. Needs curl and python3 (to decode the JWT payload).
#   check-realm.sh            (KYC_KEYCLOAK_PORT, default 8180)
set -eu
token_url="http://localhost:${KYC_KEYCLOAK_PORT:-8180}/realms/kyc/protocol/openid-connect/token"
fail=0

# $1 = expected claims as a Python expression over the payload p; the rest = curl form fields
check() {
  what=$1 expect=$2
  shift 2
  resp=$(curl -s "$@" "$token_url")
  if printf '%s' "$resp" | python3 -c '
import sys, json, base64
r = json.load(sys.stdin)
t = r.get("access_token")
if not t:
    sys.exit("no token: %s" % r)
s = t.split(".")[1]
p = json.loads(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)))
aud = p.get("aud"); aud = aud if isinstance(aud, list) else [aud]
roles = p.get("realm_access", {}).get("roles", [])
print(json.dumps({k: p.get(k) for k in ("iss", "aud", "azp", "sub", "preferred_username", "realm_access", "scope")}))
ok = '"$expect"'
sys.exit(0 if ok else "unexpected claims")'; then
    echo "ok   $what"
  else
    echo "FAIL $what"
    fail=1
  fi
}

for c in bank-app insurer-soap insurer-signed core-banking-bridge; do
  check "$c (client credentials)" \
    "'kyc-hub' in aud and p['azp'] == '$c' and 'partner' in roles and p['preferred_username'] == 'service-account-$c' and p['exp'] - p['iat'] == 300" \
    -d grant_type=client_credentials -d client_id=$c -d client_secret=dev-only-$c-secret
done
check "expiring-partner (token lives 2 s)" \
  "'kyc-hub' in aud and 'partner' in roles and p['exp'] - p['iat'] == 2" \
  -d grant_type=client_credentials -d client_id=expiring-partner -d client_secret=dev-only-expiring-partner-secret
for u in reviewer-1:reviewer reviewer-2:senior-reviewer auditor:auditor admin:admin; do
  name=${u%%:*} role=${u#*:}
  check "$name (password grant via kyc-dev-tools)" \
    "'kyc-hub' in aud and p['azp'] == 'kyc-dev-tools' and '$role' in roles and 'partner' not in roles and p['preferred_username'] == '$name' and p.get('sub')" \
    -d grant_type=password -d client_id=kyc-dev-tools -d username=$name -d password=dev-only-$name
done
# refusals: a wrong secret, and kyc-dev-tools has no client-credentials grant; staff-console no password grant
for args in "client_credentials bank-app wrong" "client_credentials kyc-dev-tools -" "password staff-console -"; do
  set -- $args
  code=$(curl -s -o /dev/null -w '%{http_code}' -d grant_type=$1 -d client_id=$2 -d client_secret=$3 \
    -d username=reviewer-1 -d password=dev-only-reviewer-1 "$token_url")
  case $code in
    400|401) echo "ok   refused: $1 for $2 ($code)" ;;
    *) echo "FAIL not refused: $1 for $2 ($code)"; fail=1 ;;
  esac
done
exit $fail
