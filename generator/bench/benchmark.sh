#!/usr/bin/env bash
# Times gongkai against Hugo on the same synthetic reports, in one run on one machine.
#
#   generator/bench/benchmark.sh [N ...]        default: 1000 10000
#
# For each N it writes N reports (SyntheticSite.java), then times
#   - gongkai: a full build into an empty folder (both editions, a QR code on every page),
#     a rebuild with nothing changed, and a rebuild after one report changed;
#   - Hugo (Debian's `hugo`): a full build of the same Markdown with the minimal one-edition layout
#     in hugo-layouts/ (metadata table, 目录, body, previous/next, paginated lists).
# Search (search_figures below): the size of the built search index and, under Node, the bytes and
# time of a set of queries run by the real query core of search.js (search-query.js); results go
# to $BENCH_DIR/search.csv. BENCH_SEARCH_ONLY=1 skips everything else (one build, then search).
# Wall time and peak RSS come from GNU time. Results go to $BENCH_DIR/results.csv (default
# generator/target/bench/), and the chart to docs/benchmark.svg when BENCH_CHART=1.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${BENCH_DIR:-$root/generator/target/bench}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
heap=${BENCH_XMX:-}

command -v hugo >/dev/null || { echo "benchmark: Debian's 'hugo' package is needed (apt-get install hugo)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "benchmark: GNU time is needed (apt-get install time)" >&2; exit 2; }

# Build the jar once, outside the timings.
"$root/gongkai" --version >/dev/null
# gongkai runs through its launcher, with the launcher's JVM options (and its class archive).
gongkai="$root/gongkai"
[ -n "$heap" ] && export GONGKAI_JAVA_OPTS="-Xmx$heap"
# One small build first, so the launcher's class archive exists before anything is timed.
"$gongkai" build --source "$root" --out "$work/warm-up" >/dev/null

mkdir -p "$work"
results="$work/results.csv"
echo "reports,tool,run,seconds,peak_rss_mb" > "$results"

# settle: lets the file system forget files just deleted. ext4 will not reuse an inode freed in the
# last few seconds and searches past every one of them while its block is cached, so creating
# 23,000 files right after deleting as many took 25 s of system time instead of 3 s. As root, drop
# the caches; otherwise wait until the deletions are no longer recent.
settle() {
  sync
  if [ -w /proc/sys/vm/drop_caches ]; then
    echo 3 > /proc/sys/vm/drop_caches
  else
    sleep 10
  fi
}

# timed <tool> <n> <run> <command…>: runs the command, appends its wall seconds and peak RSS.
timed() {
  local tool=$1 n=$2 run=$3 seconds rss_kb; shift 3
  if ! /usr/bin/time -o "$work/time.txt" -f '%e %M' "$@" >/dev/null 2>"$work/last.err"; then
    cat "$work/last.err" >&2
    exit 1
  fi
  read -r seconds rss_kb < "$work/time.txt"
  printf '%s,%s,%s,%s,%s\n' "$n" "$tool" "$run" "$seconds" "$((rss_kb / 1024))" >> "$results"
  printf '%8s reports  %-8s %-10s %7.2f s  %6d MB\n' "$n" "$tool" "$run" "$seconds" "$((rss_kb / 1024))"
}

# ---- search index: size, largest shard, bytes a typical query downloads, query time ----------
# search_figures <n> <built site>: appends "reports,figure,value" rows to search.csv and prints them.
search_results="$work/search.csv"
echo "reports,figure,value" > "$search_results"
search_figures() {
  local n=$1 public=$2 name value
  command -v node >/dev/null || { echo "benchmark: node is needed for the search figures" >&2; return 0; }
  node "$here/search-query.js" "$public" 5 > "$work/search.txt"
  while read -r name value; do
    printf '%s,%s,"%s"\n' "$n" "$name" "$value" >> "$search_results"
  done < "$work/search.txt"
  awk -v n="$n" '
    $1 == "index_bytes" { total = $2 } $1 == "index_files" { files = $2 } $1 == "shards" { shards = $2 }
    $1 == "largest_shard_bytes" { big = $2 } $1 == "largest_shard_gzip_bytes" { bigz = $2 }
    $1 == "typical_query" { $1 = ""; q = substr($0, 2) }
    $1 == "typical_query_bytes" { qb = $2 } $1 == "typical_query_gzip_bytes" { qz = $2 }
    $1 == "query_median_ms" { med = $2 } $1 == "query_max_ms" { max = $2 }
    END {
      printf "%8s reports  search index %.1f MB in %d files (%d shards, largest %.0f KB, %.0f KB gzip)\n", n, total / 1048576, files, shards, big / 1024, bigz / 1024
      printf "%8s reports  query \"%s\" downloads %.0f KB (%.0f KB gzip); queries median %s ms, max %s ms\n", n, q, qb / 1024, qz / 1024, med, max
    }' "$work/search.txt"
}
# -----------------------------------------------------------------------------------------------

for n in "${sizes[@]}"; do
  # Other work on the machine skews wall times: say how busy it was.
  echo "$n reports: load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"
  site="$work/site-$n"
  rm -rf "$site"
  settle
  java "$here/SyntheticSite.java" "$site" "$n"
  cp -r "$root/themes" "$site/themes"
  mkdir -p "$site/hugo/layouts" && cp -r "$here/hugo-layouts/." "$site/hugo/layouts/"

  timed gongkai "$n" full "$gongkai" build --source "$site" --out "$site/public"
  search_figures "$n" "$site/public"
  [ "${BENCH_SEARCH_ONLY:-0}" = 1 ] && continue
  timed gongkai "$n" no-change "$gongkai" build --source "$site" --out "$site/public"
  one=$(find "$site/content/gkml" -name 'r*.md' | LC_ALL=C sort | sed -n 1p) # sed reads all: head would end sort with SIGPIPE, fatal under pipefail
  printf '\n补充说明：本段为基准测试中修改的内容。\n' >> "$one"
  timed gongkai "$n" one-change "$gongkai" build --source "$site" --out "$site/public"

  rm -rf "$site/hugo-public"
  settle
  timed hugo "$n" full hugo --quiet --source "$site/hugo" --destination "$site/hugo-public"

  g=$(awk -F, -v n="$n" '$1==n && $2=="gongkai" && $3=="full" {print $4}' "$results")
  h=$(awk -F, -v n="$n" '$1==n && $2=="hugo" && $3=="full" {print $4}' "$results")
  pages=$(find "$site/public" -name '*.html' | wc -l)
  hugo_pages=$(find "$site/hugo-public" -name '*.html' | wc -l)
  awk -v n="$n" -v g="$g" -v h="$h" -v p="$pages" -v hp="$hugo_pages" 'BEGIN {
    printf "%8s reports  gongkai %d pages (two editions, QR codes) / Hugo %d pages (one edition): %.2fx Hugo'"'"'s time\n", n, p, hp, g / h }'
done

machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(java -version 2>&1 | head -n 1), hugo $(hugo version | awk '{print $2}')"
machine="$machine, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "machine: $machine"
echo "$machine" > "$work/machine.txt"
if [ "${BENCH_CHART:-0}" = 1 ]; then
  java "$here/BenchmarkChart.java" "$results" "$machine" "$root/docs/benchmark.svg"
  echo "chart: docs/benchmark.svg"
fi
