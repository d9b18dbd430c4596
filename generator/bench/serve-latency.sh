#!/usr/bin/env bash
# Measures `gongkai serve`: time from saving a report to the reload event the browser receives, and
# to the edited page received after it (what the reloading tab then asks for).
#
#   generator/bench/serve-latency.sh [EDITS] [SITE]      default: 24 edits of the sample site
#   generator/bench/serve-latency.sh 24 /work/bench/site-10000
#
# SITE is a folder holding content/ (and themes/; the project's themes when it has none), e.g. one
# made by SyntheticSite.java. Copies it to a temporary folder, starts `./gongkai serve` on it (the
# launcher, with the JVM options it gives serve), listens on /__gongkai/events with curl, then
# appends a line to one report EDITS times, each time timing from just before the write to the
# moment the "event: reload" line has arrived (polled every 2 ms, so figures are up to 2 ms high),
# then to the moment curl has the edited page. The first edits include JIT warm-up; the median is
# the figure to quote. It also prints the CPU time the server used per save (steadier than wall
# times on a shared machine) and, at the end, the preview's heap after a full GC and its RSS.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
edits=${1:-24}
site=$(cd "${2:-$root}" && pwd)
port=${PORT:-18314}

"$root/gongkai" --version >/dev/null # builds the jar outside the timings
work=$(mktemp -d)
cp -r "$site/content" "$work/"
if [ -d "$site/themes" ]; then cp -r "$site/themes" "$work/"; else cp -r "$root/themes" "$work/"; fi
"$root/gongkai" serve --source "$work" --port "$port" >"$work/serve.log" 2>&1 &
server=$!
reader=
cleanup() {
  [ -n "$reader" ] && kill "$reader" 2>/dev/null || true
  kill "$server" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for _ in $(seq 1 600); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/__gongkai/problems" && break
  kill -0 "$server" 2>/dev/null || { echo "serve stopped:" >&2; cat "$work/serve.log" >&2; exit 1; }
  sleep 0.5
done
address=$(sed -n 's/^Serving \(http[^ ]*\).*/\1/p' "$work/serve.log" | head -1)
curl -sN "http://127.0.0.1:$port/__gongkai/events" >"$work/events" &
reader=$!
sleep 1

report=$(find "$work/content" -name '*.md' ! -name '_index.md' | LC_ALL=C sort | sed -n 1p) # not head: under pipefail, sort would die of SIGPIPE
relative=${report#"$work/content/"}
page="$address${relative%.md}/" # the report's address when it sets no slug
reloads() { grep -c '^event: reload' "$work/events" || true; }
now() { date +%s%N; }
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; } # the server's user + system time, in clock ticks
ticks=$(getconf CLK_TCK)
cpu_before=$(cpu)
times=()
pages=()
for i in $(seq 1 "$edits"); do
  before=$(reloads)
  start=$(now)
  printf '\n第%d次修改。\n' "$i" >>"$report"
  deadline=$((start + 30000000000))
  while [ "$(reloads)" -le "$before" ]; do
    [ "$(now)" -lt "$deadline" ] || { echo "no reload within 30 s; server log:" >&2; cat "$work/serve.log" >&2; exit 1; }
    sleep 0.002
  done
  reloaded=$(now)
  body=$(curl -sf "$page") # whole, then searched: grep -q would close the pipe early
  shown=$(now)
  [[ "$body" == *"第${i}次修改"* ]] || { echo "the page at $page does not show edit $i; server log:" >&2; cat "$work/serve.log" >&2; exit 1; }
  times+=($(((reloaded - start) / 1000000)))
  pages+=($(((shown - start) / 1000000)))
  echo "edit $i: reload event ${times[-1]} ms, page received ${pages[-1]} ms"
  sleep 0.3
done
cpu_used=$(($(cpu) - cpu_before))
median() { printf '%s\n' "$@" | sort -n | sed -n "$(($# / 2 + 1))p"; }
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "save → reload event over $edits edits of $relative: min ${sorted[0]} ms, median $(median "${times[@]}") ms, max ${sorted[$((edits - 1))]} ms"
echo "save → edited page received: median $(median "${pages[@]}") ms"
echo "CPU the server used per save (all threads, GC and JIT included): $((cpu_used * 1000 / ticks / edits)) ms"
builds=($(sed -n 's/.*Rebuilt in \([0-9]*\) ms.*/\1/p' "$work/serve.log"))
[ ${#builds[@]} -gt 0 ] && echo "of which the rebuild (PreviewBuilder.build): median $(median "${builds[@]}") ms over ${#builds[@]} rebuilds"
reports=$(find "$work/content" -name '*.md' ! -name '_index.md' | wc -l)
jcmd "$server" GC.run >/dev/null 2>&1 || true
heap=$(jcmd "$server" GC.heap_info 2>/dev/null | sed -n 's/.*used \([0-9]*K\).*/\1/p' | head -1)
rss=$(sed -n 's/^VmRSS:\s*//p' "/proc/$server/status")
echo "memory at $reports reports: heap after full GC ${heap:-?}, RSS $rss"
echo "($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1))"
