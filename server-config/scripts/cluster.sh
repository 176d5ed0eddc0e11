#!/usr/bin/env bash
# Runs Azora on a Payara Server deployment group of two instances on this host.
#
#   cluster.sh create   the group, its two instances (ports: see below), jdbc/azora on the group,
#                       EJB timers and the batch runtime of each instance on PostgreSQL, Azora's
#                       -D options copied from the DAS, the EAR moved from the DAS to the group
#                       with session availability (sessions replicated through the data grid)
#   cluster.sh start | stop | status
#   cluster.sh kill N   kill -9 instance N (1 or 2), for drills
#
# Prerequisite: a running domain that configure-server.sh configured and on which Azora ran once
# (so Flyway created the schema, including the EJB timer table), e.g. `./azora start`. `create`
# takes the application off the DAS and restarts it once (its timer service moves to PostgreSQL):
# the DAS only administers the group afterwards. `./azora stop` stops the instances too.
#
# Inputs (environment variables):
#   ASADMIN                 path to asadmin (default: .azora/payara6/bin/asadmin, else asadmin)
#   AZORA_ADMIN_PORT        admin port of the DAS (default 8048, the launcher's)
#   AZORA_EAR               the EAR to deploy (default azora-ear/target/azora.ear)
#   AZORA_DOMAIN            the DAS's domain name, for its one restart (default azora)
#   AZORA_CLUSTER_PORT_BASE port base of instance 1; instance 2 uses base+100 (default 28000:
#                           HTTP 28080 and 28180)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
if [[ -z "${ASADMIN:-}" ]]; then
  ASADMIN=asadmin
  [[ -x "$here/.azora/payara6/bin/asadmin" ]] && ASADMIN="$here/.azora/payara6/bin/asadmin"
fi
: "${AZORA_ADMIN_PORT:=8048}"
: "${AZORA_EAR:=$here/azora-ear/target/azora.ear}"
: "${AZORA_CLUSTER_PORT_BASE:=28000}"
: "${AZORA_DOMAIN:=azora}"
group=azora-dg
instances=(azora-1 azora-2)

fail() {
  echo "cluster: $*" >&2
  exit 1
}
asadmin() {
  echo "+ asadmin $*" >&2
  "$ASADMIN" --interactive=false --terse --host localhost --port "$AZORA_ADMIN_PORT" "$@"
}
contains() {
  grep -qxF -- "$2" <<<"$1"
}

create() {
  [[ -f "$AZORA_EAR" ]] || fail "no EAR at $AZORA_EAR (build it, or set AZORA_EAR)"
  local node
  node=$(asadmin list-nodes | awk '$1 ~ /^localhost-/ {print $1; exit}')
  [[ -n "$node" ]] || fail "the domain has no localhost node"
  if ! contains "$(asadmin list-deployment-groups | awk '{print $1}')" "$group"; then
    asadmin create-deployment-group "$group"
  fi
  local existing i name base
  existing=$(asadmin list-instances | awk '{print $1}')
  for i in 0 1; do
    name=${instances[$i]}
    base=$((AZORA_CLUSTER_PORT_BASE + 100 * i))
    if ! contains "$existing" "$name"; then
      asadmin create-instance --node "$node" --deploymentgroup "$group" --portbase "$base" "$name"
    fi
  done
  # The pool and mail session are the DAS's; the group's instances need references to them.
  if ! contains "$(asadmin list-resource-refs "$group")" jdbc/azora; then
    asadmin create-resource-ref --target "$group" jdbc/azora
  fi
  if contains "$(asadmin list-javamail-resources)" mail/azora \
    && ! contains "$(asadmin list-resource-refs "$group")" mail/azora; then
    asadmin create-resource-ref --target "$group" mail/azora
  fi
  for name in "${instances[@]}"; do
    configure_instance "$name"
  done
  # One copy of the application: on the group, not also on the DAS (whose timers would fire too).
  # Undeployed before the restart below: a deploy to the group right after undeploying from a
  # restarted DAS is refused ("name already in use") until the DAS restarts once more.
  local restart=false
  if contains "$(asadmin list-applications --long=false | awk '{print $1}')" azora; then
    asadmin undeploy --target domain azora
    restart=true
  fi
  # The DAS creates the group's automatic persistent timers when it deploys: its timer service must
  # use the group's store too, and it reads the setting when it starts.
  local das_timers=configs.config.server-config.ejb-container.ejb-timer-service.timer-datasource
  if [[ "$(asadmin get "$das_timers" 2>/dev/null || true)" != "$das_timers=jdbc/azora" ]]; then
    asadmin set "$das_timers=jdbc/azora"
    restart=true
  fi
  if [[ $restart == true ]]; then
    # restart-domain is local: it needs the domain's name (else it starts domain1). The launcher
    # (./azora start) follows the restarted JVM and keeps its embedded PostgreSQL running.
    asadmin restart-domain "$AZORA_DOMAIN"
  fi
  asadmin start-deployment-group "$group"
  asadmin deploy --target "$group" --availabilityenabled=true --contextroot / --name azora "$AZORA_EAR"
  status
}

# Timers and batch on PostgreSQL, the DAS's Azora options, the HTTP pool as on a single server.
configure_instance() {
  local name=$1 config="$1-config" option
  asadmin set "configs.config.$config.ejb-container.ejb-timer-service.timer-datasource=jdbc/azora"
  asadmin set "configs.config.$config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=64"
  asadmin set-batch-runtime-configuration --target "$name" --datasourcelookupname jdbc/azora
  local wanted have
  wanted=$(asadmin list-jvm-options --target server-config | grep -E '^-(Dazora\.|Xmx)' || true)
  have=$(asadmin list-jvm-options --target "$config")
  while IFS= read -r option; do
    [[ -z "$option" ]] && continue
    if [[ "$option" == -Xmx* ]]; then
      local old
      old=$(grep -E '^-Xmx' <<<"$have" || true)
      [[ "$old" == "$option" ]] && continue
      [[ -n "$old" ]] && asadmin delete-jvm-options --target "$config" -- "$old"
    elif contains "$have" "$option"; then
      continue
    fi
    asadmin create-jvm-options --target "$config" -- "${option//:/\\:}"
  done <<<"$wanted"
}

status() {
  asadmin list-instances --long=true
  local i
  for i in 0 1; do
    echo "${instances[$i]}: http://localhost:$((AZORA_CLUSTER_PORT_BASE + 100 * i + 80))"
  done
}

kill_instance() {
  local name=azora-${1:-}
  [[ "$name" == azora-1 || "$name" == azora-2 ]] || fail "kill takes 1 or 2"
  local pid
  # The DAS knows each instance's pid (list-instances --long: Name Host Port Pid Cluster State).
  pid=$(asadmin list-instances --long=true | awk -v n="$name" '$1 == n && / running/ {print $4}')
  [[ "$pid" =~ ^[0-9]+$ ]] || fail "$name is not running"
  kill -9 "$pid"
  echo "killed $name (pid $pid)"
}

case "${1:-}" in
  create) create ;;
  start) asadmin start-deployment-group "$group" && status ;;
  # A killed instance makes stop-deployment-group wait for minutes: stop each one, killing if needed.
  stop) for n in "${instances[@]}"; do asadmin stop-instance --kill=true "$n" || true; done ;;
  status) status ;;
  kill) kill_instance "${2:-}" ;;
  *) fail "usage: cluster.sh create|start|stop|status|kill N" ;;
esac
