# Sourced by deploy/images/build and bench/image-start: starts the stack local-suite.jar's `training` command makes (an
# embedded PostgreSQL with the services' databases and a Kafka broker on free ports, a key pair, a city token and each
# service's environment, written to <dir>) and waits until it has written <dir>/ready.
#
#   start_training_stack <local-suite.jar> <dir> <log>     sets $stack to its pid (the caller stops it: SIGTERM)
start_training_stack() {
  local launcher=$1 dir=$2 log=$3 i
  [[ -f "$launcher" ]] || { echo "deploy/local is not packaged ($launcher)" >&2; return 1; }
  java -jar "$launcher" training "$dir" > "$log" 2>&1 &
  stack=$!
  for ((i = 0; i < 360; i++)); do
    [[ -f "$dir/ready" ]] && return 0
    kill -0 "$stack" 2>/dev/null || { cat "$log" >&2; echo "the training stack did not start" >&2; return 1; }
    sleep 0.5
  done
  cat "$log" >&2
  echo "the training stack was not ready in 180 s" >&2
  return 1
}
