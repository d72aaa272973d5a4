#!/usr/bin/env bash
# Search at 100,000 messages: fills a data directory with a synthetic archive (chancery generate,
# once; kept in $DATA for the next run), rebuilds its search index (chancery reindex: the build
# time and the index size), then measures the four query types - words, a phrase, a speaker's
# words, words with section and kind facets - through the HTTP API under wrk (16 connections,
# DURATION seconds each, loopback only) and inside the JVM with JMH (sample time: p50, p99).
#
#   bench/search.sh                 # 100,000 messages, 10 s per wrk run
#   MESSAGES=20000 DURATION=5 bench/search.sh
set -euo pipefail
cd "$(dirname "$0")/.."

MESSAGES=${MESSAGES:-100000}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18181}
DATA=${DATA:-/tmp/chancery-bench-search-$MESSAGES}

for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed" >&2; exit 2; }
done
mvn -q -B package -DskipTests
jar=target/chancery.jar

if [ ! -f "$DATA/chancery.db" ]; then
  echo "== generating $MESSAGES messages into $DATA"
  java -jar "$jar" generate --data "$DATA" --messages "$MESSAGES"
fi

echo "== index build"
java -jar "$jar" reindex --data "$DATA" | tee "$DATA/reindex.txt"
echo "index size: $(du -sh "$DATA/search" | cut -f1) ($(du -sb "$DATA/search" | cut -f1) bytes) for $(du -sh "$DATA/chancery.db" | cut -f1) of database"

server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT
java -Xmx1g -jar "$jar" serve --data "$DATA" --port "$PORT" >"$DATA/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/v1/search?q=" && break
  sleep 1
done

# The queries, picked from the archive itself: a mid-frequency title word, two adjacent title
# words, the speaker with most turns, the largest section and kind.
read -r word phrase speaker section kind < <(curl -fs "http://127.0.0.1:$PORT/api/v1/search?q=" | python3 -c '
import json, re, sys, urllib.parse
r = json.load(sys.stdin)
words = [w for h in r["hits"] for w in re.findall(r"\b[a-z]{6,}\b", h["title"].lower())]
titles = [re.findall(r"\b[a-z]{4,}\b", h["title"].lower()) for h in r["hits"]]
pair = next(t[i] + " " + t[i + 1] for t in titles for i in range(len(t) - 1))
speaker = next(f["value"] for f in r["facets"]["speaker"] if f["value"] not in ("question", "answer"))
print(words[len(words) // 2], urllib.parse.quote(pair), urllib.parse.quote(speaker),
      r["facets"]["section"][0]["value"], r["facets"]["kind"][0]["value"])
')
echo "== queries: word=$word phrase=$phrase speaker=$speaker section=$section kind=$kind"

# Distinct words for a run in which no request is answered from the index's recent results (it
# keeps 512): title and snippet words of the newest 1,000 messages, each path asked once a round.
python3 - "$PORT" <<'PY' >"$DATA/words.txt"
import json, re, sys, urllib.request
seen = {}
for page in range(1, 101):
    with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/api/v1/search?q=&page={page}") as answer:
        for h in json.load(answer)["hits"]:
            text = h["title"] + " " + " ".join(p["text"] for p in h["snippet"])
            for w in re.findall(r"\b[a-z]{5,}\b", text.lower()):
                seen.setdefault(w, None)
for w in seen:
    print("/api/v1/search?q=" + w)
PY
echo "== distinct words for the run that misses the recent results: $(wc -l <"$DATA/words.txt")"

declare -A urls=(
  [word]="/api/v1/search?q=$word"
  [phrase]="/api/v1/search?q=%22$phrase%22"
  [speaker]="/api/v1/search?q=$word&speaker=$speaker"
  [faceted]="/api/v1/search?q=$word&section=$section&kind=$kind"
)
echo "== HTTP, wrk -t2 -c$CONNECTIONS -d${DURATION}s"
printf '| query | hits | req/s | p50 | p99 |\n|---|---:|---:|---:|---:|\n'
for name in word phrase speaker faceted; do
  url="http://127.0.0.1:$PORT${urls[$name]}"
  hits=$(curl -fs "$url" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  curl -fs -o /dev/null "$url"
  wrk -t2 -c"$CONNECTIONS" -d2s "$url" >/dev/null   # warm-up
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$hits" "$rps" "$p50" "$p99"
done
out=$(PATHS="$DATA/words.txt" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/rotate.lua \
  "http://127.0.0.1:$PORT")
printf '| %s | %s | %s | %s | %s |\n' "a different word each request" "-" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
  "$(awk '$1 == "50%" {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")"
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""

echo "== inside the JVM, JMH sample time (1 fork, 3 x 2 s warm-up, 5 x 2 s)"
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
java -cp "$cp" org.openjdk.jmh.Main SearchBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s \
  -p data="$DATA" -p word="$word" -p phrase="$(python3 -c 'import sys,urllib.parse; print(urllib.parse.unquote(sys.argv[1]))' "$phrase")" \
  -p speaker="$(python3 -c 'import sys,urllib.parse; print(urllib.parse.unquote(sys.argv[1]))' "$speaker")" \
  -p section="$section" -p kind="$kind" -rf csv -rff target/search.csv | grep -E '^(Benchmark|SearchBenchmark)' | grep -E 'Benchmark +|p0.50|p0.99|·p'
