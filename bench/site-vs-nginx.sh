#!/usr/bin/env bash
# The public site against the bar DESIGN.md sets: nginx serving the same page bytes from disk.
# Starts the demo site as at a fixed instant on loopback, saves the pages it serves, lets nginx
# serve those files, and loads each with wrk (bounded: DURATION seconds per run, loopback only).
# Prints requests per second and latency percentiles for both, and Chancery's share of nginx.
#
#   bench/site-vs-nginx.sh            # 10 s per run
#   DURATION=30 bench/site-vs-nginx.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
SITE_PORT=${SITE_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
NOW=2026-11-20T10:05:00+00:00

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (apt-get install wrk nginx curl)" >&2; exit 2; }
done
[ -f target/chancery.jar ] || mvn -q -B package -DskipTests

work=$(mktemp -d)
site_pid=""
cleanup() {
  [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

java -Xmx512m -jar target/chancery.jar demo --data "$work/data" --port "$SITE_PORT" --now "$NOW" >"$work/site.log" 2>&1 &
site_pid=$!
for _ in $(seq 1 60); do
  curl -fs -o /dev/null "http://127.0.0.1:$SITE_PORT/" && break
  sleep 1
done
curl -fs -o /dev/null "http://127.0.0.1:$SITE_PORT/" || { cat "$work/site.log"; exit 1; }

# The pages: the home page, a transcript's page, and a page deep in the archive.
message=$(curl -fs "http://127.0.0.1:$SITE_PORT/" | grep -o 'href="/messages/[^"]*"' | sed -n 3p | cut -d'"' -f2)
pages=("/" "$message" "/archive/4")
mkdir -p "$work/www"
for i in "${!pages[@]}"; do
  curl -fs "http://127.0.0.1:$SITE_PORT${pages[$i]}" -o "$work/www/page$i.html"
done

cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
  }
}
CONF
nginx -c "$work/nginx.conf"

measure() { # url -> "rps p50 p99"
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    END { print rps, p50, p99 }'
}

# Warm up: the JIT compiles the hot paths and the render cache fills before anything is measured.
for page in "${pages[@]}"; do
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-5}s" "http://127.0.0.1:$SITE_PORT$page" >/dev/null
done

printf '%-40s %12s %10s %10s %12s %10s %10s %8s\n' page chancery_rps p50 p99 nginx_rps p50 p99 share
for i in "${!pages[@]}"; do
  read -r c_rps c_p50 c_p99 < <(measure "http://127.0.0.1:$SITE_PORT${pages[$i]}")
  read -r n_rps n_p50 n_p99 < <(measure "http://127.0.0.1:$NGINX_PORT/page$i.html")
  share=$(awk -v c="$c_rps" -v n="$n_rps" 'BEGIN { printf "%.2f", c / n }')
  printf '%-40s %12s %10s %10s %12s %10s %10s %8s\n' "${pages[$i]:0:40}" "$c_rps" "$c_p50" "$c_p99" "$n_rps" "$n_p50" "$n_p99" "$share"
done
echo "($DURATION s a run, $CONNECTIONS connections, 2 wrk threads, loopback; share = Chancery's requests/s over nginx's)"
