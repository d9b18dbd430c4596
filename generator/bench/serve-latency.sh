#!/usr/bin/env bash
# Measures `gongkai serve`: time from saving a report to the reload event the browser receives.
#
#   generator/bench/serve-latency.sh [EDITS] [SITE]      default: 12 edits of the sample site
#
# Copies SITE's content/ and themes/ to a temporary folder, starts `gongkai serve` on it, listens on
# /__gongkai/events with curl, then appends a line to one report EDITS times, each time timing from
# just before the write to the moment the "event: reload" line has arrived (polled every 5 ms, so
# figures are up to 5 ms high). The first edits include JIT warm-up; the median is the figure to quote.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
edits=${1:-12}
site=$(cd "${2:-$root}" && pwd)
port=${PORT:-18314}

"$root/gongkai" --version >/dev/null # builds the jar outside the timings
work=$(mktemp -d)
cp -r "$site/content" "$site/themes" "$work/"
java -jar "$root/generator/target/gongkai.jar" serve --source "$work" --port "$port" >"$work/serve.log" 2>&1 &
server=$!
reader=
cleanup() {
  [ -n "$reader" ] && kill "$reader" 2>/dev/null || true
  kill "$server" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for _ in $(seq 1 240); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/__gongkai/problems" && break
  sleep 0.5
done
curl -sN "http://127.0.0.1:$port/__gongkai/events" >"$work/events" &
reader=$!
sleep 1

report=$(find "$work/content" -name '*.md' ! -name '_index.md' | LC_ALL=C sort | head -1)
reloads() { grep -c '^event: reload' "$work/events" || true; }
times=()
for i in $(seq 1 "$edits"); do
  before=$(reloads)
  start=$(date +%s%N)
  printf '\n第%d次修改。\n' "$i" >>"$report"
  deadline=$((start + 30000000000))
  while [ "$(reloads)" -le "$before" ]; do
    [ "$(date +%s%N)" -lt "$deadline" ] || { echo "no reload within 30 s; server log:" >&2; cat "$work/serve.log" >&2; exit 1; }
    sleep 0.005
  done
  ms=$((($(date +%s%N) - start) / 1000000))
  times+=("$ms")
  echo "edit $i: ${ms} ms"
  sleep 0.3
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "save → reload event over $edits edits of $(basename "$report"): min ${sorted[0]} ms, median ${sorted[$((edits / 2))]} ms, max ${sorted[$((edits - 1))]} ms"
builds=($(sed -n 's/.*Rebuilt in \([0-9]*\) ms.*/\1/p' "$work/serve.log" | sort -n))
[ ${#builds[@]} -gt 0 ] && echo "of which the rebuild (SiteBuilder.build): median ${builds[$((${#builds[@]} / 2))]} ms over ${#builds[@]} rebuilds"
echo "($(nproc) cores, $(java -version 2>&1 | head -1))"
