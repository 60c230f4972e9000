#!/bin/bash
# The training run of a service's class archive, inside its image while the image is built (Dockerfile.jvm runs it
# with the service's target/ mounted at /target; deploy/images/build puts this script, the training stack's
# environment and token and the service's list of reads in target/training). It starts the service with the image's
# own JDK and JVM settings, in the prod profile, against the database and broker of the training stack
# (local-suite.jar training), waits until it is ready, makes each read of <service>.reads twenty times, checking
# the status each answers, and stops it with SIGTERM: at its exit the JDK writes every class the service loaded
# into app-cds.jsa (-XX:ArchiveClassesAtExit), which jvm.options names. docs/footprint.md, seventh pass: such an
# archive halves the start; one from a start that never reaches its database (what Quarkus writes at build time)
# gains next to nothing.
#
#   bash /target/training/train.sh <service>
#
# Bash rather than sh for /dev/tcp: the bases have no HTTP client (the Debian base holds only essential packages).
set -euo pipefail
service=$1
dir=/target/training
set -a
. "$dir/$service.env"
set +a
token=$(cat "$dir/token")
port=$QUARKUS_HTTP_PORT

# the entrypoint's settings but for the archive it will read, which this run writes (Dockerfile.jvm's ENTRYPOINT)
grep -v -- '^-XX:SharedArchiveFile=' /deployments/jvm.options > /tmp/training.options
java @/tmp/training.options -XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.http.host=127.0.0.1 \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager -jar quarkus-run.jar > /tmp/training.log 2>&1 &
pid=$!
fail() {
  echo "training $service: $*" >&2
  tail -n 40 /tmp/training.log >&2 || true
  kill -KILL "$pid" 2>/dev/null || true
  exit 1
}

# GET <path> with the training token over HTTP/1.1 on a fresh connection; prints the status code (000 when refused)
get() {
  ( exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
    printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer %s\r\nAccept: application/json\r\nConnection: close\r\n\r\n' \
      "$1" "$token" >&3
    read -r _ status _ <&3
    cat <&3 > /dev/null
    echo "$status" ) 2>/dev/null || echo 000
}

for ((i = 0; i < 360; i++)); do
  [[ "$(get /q/health/ready)" == 200 ]] && break
  kill -0 "$pid" 2>/dev/null || fail "the service exited before it was ready"
  sleep 0.5
done
[[ "$(get /q/health/ready)" == 200 ]] || fail "not ready in 180 s"

reads=0
for ((round = 0; round < 20; round++)); do
  while read -r expected path; do
    [[ -z "$expected" || "$expected" == \#* ]] && continue
    status=$(get "$path")
    [[ "$status" == "$expected" ]] || fail "GET $path answered $status, not $expected"
    reads=$((reads + 1))
  done < "$dir/$service.reads"
done

kill -TERM "$pid"
wait "$pid" || true # a service stopped by SIGTERM exits with 143
[[ -s app-cds.jsa ]] || fail "the JDK wrote no archive"
echo "training $service: ready, $reads reads, archive of $(($(stat -c %s app-cds.jsa) / 1048576)) MB written" >&2
