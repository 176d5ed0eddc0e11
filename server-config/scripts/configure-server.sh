#!/usr/bin/env bash
# Configures a running Payara Server 6 domain so that the Azora EAR can be deployed on it.
#
# Safe to run again on a configured domain: every step checks, replaces or deletes-then-creates.
# Restart the domain afterwards (the batch runtime reads its datasource at start-up), then deploy:
#   asadmin restart-domain <domain> && asadmin deploy --contextroot / --name azora azora.ear
#
# Inputs (environment variables):
#   ASADMIN                 path to asadmin (default: asadmin on the PATH)
#   AZORA_ADMIN_PORT        admin port of the domain (default 4848)
#   AZORA_ADMIN_USER        admin user, when the domain has an admin password (optional)
#   AZORA_ADMIN_PASSWORD_FILE  asadmin password file with AS_ADMIN_PASSWORD=... (optional)
#   AZORA_DB_HOST, AZORA_DB_PORT (default 5432), AZORA_DB_NAME (default azora),
#   AZORA_DB_USER, AZORA_DB_PASSWORD    the PostgreSQL database Azora owns
#   AZORA_JDBC_DRIVER_JAR   path of the PostgreSQL JDBC driver jar (postgresql-42.x.jar)
#   AZORA_SMTP_HOST, AZORA_SMTP_PORT (default 25), AZORA_SMTP_USER, AZORA_SMTP_PASSWORD,
#   AZORA_MAIL_FROM         outgoing mail; without AZORA_SMTP_HOST mail stays on the admin Outbox page
#   AZORA_HEAP              maximum heap of the server JVM (default 1g)
#   AZORA_JVM_PROPS         extra space-separated -Dkey=value options, e.g.
#                           "-Dazora.demo=true -Dazora.base-url=https://azora.example.org"
set -euo pipefail

: "${ASADMIN:=asadmin}"
: "${AZORA_ADMIN_PORT:=4848}"
: "${AZORA_DB_PORT:=5432}"
: "${AZORA_DB_NAME:=azora}"
: "${AZORA_SMTP_PORT:=25}"
: "${AZORA_HEAP:=1g}"
: "${AZORA_JVM_PROPS:=}"

fail() {
  echo "configure-server: $*" >&2
  exit 1
}
[[ -n "${AZORA_DB_HOST:-}" ]] || fail "AZORA_DB_HOST is required"
[[ -n "${AZORA_DB_USER:-}" ]] || fail "AZORA_DB_USER is required"
[[ -n "${AZORA_DB_PASSWORD:-}" ]] || fail "AZORA_DB_PASSWORD is required"
[[ -f "${AZORA_JDBC_DRIVER_JAR:-}" ]] || fail "AZORA_JDBC_DRIVER_JAR must name the PostgreSQL driver jar"
read -r -a extra_props <<<"$AZORA_JVM_PROPS"
for option in "${extra_props[@]}"; do
  [[ "$option" == -D*=* ]] || fail "AZORA_JVM_PROPS takes -Dkey=value options only, not '$option'"
done

admin_args=(--interactive=false --terse --host localhost --port "$AZORA_ADMIN_PORT")
if [[ -n "${AZORA_ADMIN_USER:-}" ]]; then
  admin_args+=(--user "$AZORA_ADMIN_USER")
fi
if [[ -n "${AZORA_ADMIN_PASSWORD_FILE:-}" ]]; then
  admin_args+=(--passwordfile "$AZORA_ADMIN_PASSWORD_FILE")
fi

asadmin() {
  echo "+ asadmin $1" >&2
  "$ASADMIN" "${admin_args[@]}" "$@"
}

# asadmin splits --property lists and option lists at ':' (and properties at '='): escape them.
escape() {
  local value=${1//\\/\\\\}
  value=${value//:/\\:}
  printf '%s' "${value//=/\\=}"
}
escape_option() {
  local value=${1//\\/\\\\}
  printf '%s' "${value//:/\\:}"
}

# contains LIST ITEM: whether asadmin's one-per-line LIST has ITEM as a whole line.
contains() {
  grep -qxF -- "$2" <<<"$1"
}

echo "Configuring the Payara Server domain on admin port $AZORA_ADMIN_PORT for Azora"

# 1. The PostgreSQL driver goes into the domain's lib/ so that the server-level pool can load it.
driver=$(basename "$AZORA_JDBC_DRIVER_JAR")
if ! contains "$(asadmin list-libraries)" "$driver"; then
  asadmin add-library "$AZORA_JDBC_DRIVER_JAR"
fi

# 2. Server-level pool and resource: Batch and the app share jdbc/azora (an app-scoped datasource
#    breaks chunk steps with "Local transaction already has 1 non-XA Resource").
#    Deleting with --cascade also removes jdbc/azora, so changed settings always take effect.
if contains "$(asadmin list-jdbc-connection-pools)" azoraPool; then
  asadmin delete-jdbc-connection-pool --cascade=true azoraPool
fi
pool_properties="serverName=$(escape "$AZORA_DB_HOST"):portNumber=$AZORA_DB_PORT"
pool_properties+=":databaseName=$(escape "$AZORA_DB_NAME"):user=$(escape "$AZORA_DB_USER")"
pool_properties+=":password=$(escape "$AZORA_DB_PASSWORD")"
asadmin create-jdbc-connection-pool \
  --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
  --restype javax.sql.DataSource \
  --isconnectvalidatereq=true \
  --validationmethod custom-validation \
  --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
  --failconnection=true \
  --property "$pool_properties" \
  azoraPool
# Validate a pooled connection at most once a minute rather than on every borrow (a round trip
# per request otherwise); a broken connection still fails over (--failconnection).
asadmin set resources.jdbc-connection-pool.azoraPool.validate-atmost-once-period-in-seconds=60
# Payara gives a new pool a listener that does nothing (SilentSqlTraceListener), and any listener
# puts a tracing proxy around every JDBC call (about 2 % of the transfer API's CPU). "null" is the
# connector's word for none; the slow-SQL log and request tracing still add theirs when switched on.
asadmin set resources.jdbc-connection-pool.azoraPool.sql-trace-listeners=null
asadmin create-jdbc-resource --connectionpoolid azoraPool jdbc/azora
# HTTP worker threads: Payara's default of 5 lets five requests that wait (on a row lock, a commit,
# a PDF) hold up every other caller; the JDBC pool (32 at most) still bounds database work.
asadmin set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=64
asadmin set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=8

# 3. Batch job repository in Azora's database (applies after a restart).
asadmin set-batch-runtime-configuration --datasourcelookupname jdbc/azora

# 4. Outgoing mail, only when an SMTP server is given.
mail_enabled=false
if [[ -n "${AZORA_SMTP_HOST:-}" ]]; then
  mail_enabled=true
  if contains "$(asadmin list-javamail-resources)" mail/azora; then
    asadmin delete-javamail-resource mail/azora
  fi
  mail_properties="mail.smtp.port=$AZORA_SMTP_PORT"
  if [[ -n "${AZORA_SMTP_PASSWORD:-}" ]]; then
    # A password never travels in clear: STARTTLS whenever the server offers it.
    mail_properties+=":mail.smtp.auth=true:mail.smtp.starttls.enable=true"
    mail_properties+=":mail.smtp.password=$(escape "$AZORA_SMTP_PASSWORD")"
  fi
  # The address part of "Name <address>" is the envelope sender.
  from=${AZORA_MAIL_FROM:-no-reply@azora.local}
  from_address=$(sed -E 's/.*<([^>]+)>.*/\1/' <<<"$from")
  asadmin create-javamail-resource \
    --mailhost "$AZORA_SMTP_HOST" \
    --mailuser "${AZORA_SMTP_USER:-azora}" \
    --fromaddress "$from_address" \
    --property "$mail_properties" \
    mail/azora
fi

# 5. JVM options: each wanted option replaces any option with the same name (-Xmx, -Dkey=).
wanted=("-Xmx$AZORA_HEAP" "-Dazora.mail.enabled=$mail_enabled")
if [[ -n "${AZORA_MAIL_FROM:-}" ]]; then
  wanted+=("-Dazora.mail.from=$AZORA_MAIL_FROM")
fi
wanted+=("${extra_props[@]}")

option_name() {
  case "$1" in
    -Xmx*) echo "-Xmx" ;;
    -D*=*) echo "${1%%=*}=" ;;
    *) echo "$1" ;;
  esac
}
current=$(asadmin list-jvm-options | sed 's/ *-->.*$//')
to_delete=()
to_create=()
for option in "${wanted[@]}"; do
  contains "$current" "$option" && continue
  name=$(option_name "$option")
  while IFS= read -r existing; do
    if [[ -n "$existing" && "$existing" == "$name"* ]]; then
      to_delete+=("$(escape_option "$existing")")
    fi
  done <<<"$current"
  to_create+=("$(escape_option "$option")")
done
if ((${#to_delete[@]})); then
  asadmin delete-jvm-options "$(IFS=:; echo "${to_delete[*]}")"
fi
if ((${#to_create[@]})); then
  asadmin create-jvm-options "$(IFS=:; echo "${to_create[*]}")"
fi

# 6. MicroProfile Health serves /health/ready on the HTTP port. Payara 6 enables it by default;
#    set it only when off, since every set asks for a restart.
if ! asadmin get-microprofile-healthcheck-configuration | grep -qE '^true[[:space:]]+health[[:space:]]'; then
  asadmin set-microprofile-healthcheck-configuration --enabled=true --endpoint=health
fi

# 7. HTTP listeners: every cookie (the session cookie included) gets SameSite=Lax, and responses do
#    not advertise the server's name and version.
for listener in http-listener-1 http-listener-2; do
  http="configs.config.server-config.network-config.protocols.protocol.$listener.http"
  asadmin set "$http.cookie-same-site-enabled=true" "$http.cookie-same-site-value=Lax" \
    "$http.xpowered-by=false" "$http.server-header=false" >/dev/null
done

echo "Azora configuration applied: restart the domain, then deploy azora.ear with context root /."
