#!/usr/bin/env bash
# Nothing acknowledged is lost: sends public reports under load to a real server, kills the server with
# SIGKILL in the middle, restarts it on the same data folder and checks that every report that got
# 201 Created is there. Usage: scripts/durability-check.sh [clients] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-20}
seconds=${2:-8}
if [ ! -f target/anlan.jar ] || [ -n "$(find pom.xml src/main -newer target/anlan.jar -print -quit)" ]; then mvn -B -q -DskipTests package; fi
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 18089)
url="http://localhost:$port"
serve() {
  java -jar target/anlan.jar serve --port "$port" --data-dir "$work/pg" --anlan.public-report.per-minute=1000000000 \
    >> "$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    curl -sf "$url/actuator/health/readiness" | grep -q UP && return 0
    sleep 1
  done
  echo "server did not start; see $work/server.log" >&2
  exit 1
}
serve
echo "server $server up on $url; sending reports from $clients clients for $seconds s"
java -jar target/anlan.jar load reports --url "$url" --clients "$clients" --seconds "$seconds" --acked "$work/acked.txt" &
loader=$!
sleep $((seconds / 2))
echo "kill -9 $server"
kill -9 "$server"
wait "$loader" || true
echo "$(wc -l < "$work/acked.txt") reports were acknowledged before and around the kill; restarting"
serve
if java -jar target/anlan.jar load verify --url "$url" --acked "$work/acked.txt"; then result=0; else result=1; fi
kill "$server"
wait "$server" 2>/dev/null || true
exit $result
