#!/usr/bin/env bash
# Times gongkai against Hugo on the same synthetic reports, in one run on one machine.
#
#   generator/bench/benchmark.sh [N ...]        default: 1000 10000
#   BENCH_SHAPES="sample one-section years long-tables cross-links chinese-names"   default: sample
#
# For each N and each content shape (SyntheticSite.java says what each shape is) it writes N
# reports, then times BENCH_RUNS (default 3) full builds of each tool into an empty folder,
# alternating which tool goes first (gongkai, Hugo; then Hugo, gongkai; …) so that a machine
# getting busier or quieter does not favour one of them:
#   - gongkai: both editions, a QR code on every page, search index, feeds, catalogue;
#   - Hugo (Debian's `hugo`): the same Markdown with the one-edition site in hugo-layouts/
#     (metadata table, 目录, body, previous/next in section, paginated section lists, home page
#     with the latest reports), written as Hugo's documentation writes such templates.
# Then a gongkai rebuild with nothing changed and one after one report changed. The first gongkai
# build of a shape must print no problem at all: a site with errors would time an error path.
# Search (search_figures below): the size of the built search index and, under Node, the bytes and
# time of a set of queries run by the real query core of search.js (search-query.js); results go
# to $BENCH_DIR/search.csv. BENCH_SEARCH_ONLY=1 skips everything else (one build, then search).
# Wall time, CPU time and peak RSS come from GNU time. Results go to $BENCH_DIR/results.csv (default
# generator/target/bench/), the medians and ratios to $BENCH_DIR/ratios.csv and the terminal,
# and the chart (sample shape) to docs/benchmark.svg when BENCH_CHART=1.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${BENCH_DIR:-$root/generator/target/bench}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
heap=${BENCH_XMX:-}
read -r -a shapes <<< "${BENCH_SHAPES:-sample}"
runs=${BENCH_RUNS:-3}

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
echo "reports,shape,tool,run,seconds,peak_rss_mb,cpu_seconds" > "$results"
echo "reports,shape,gongkai_pages,hugo_pages" > "$work/pages.csv"

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

# timed <tool> <n> <shape> <run> <command…>: runs the command, appends its wall seconds, peak RSS
# and CPU seconds.
timed() {
  local tool=$1 n=$2 shape=$3 run=$4 seconds rss_kb user sys cpu; shift 4
  if ! /usr/bin/time -o "$work/time.txt" -f '%e %M %U %S' "$@" >/dev/null 2>"$work/last.err"; then
    cat "$work/last.err" >&2
    exit 1
  fi
  read -r seconds rss_kb user sys < "$work/time.txt"
  # CPU seconds (user + system) beside the wall time: on a shared machine they move less with
  # what else runs, though a busy machine still costs some (caches, frequency).
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  printf '%s,%s,%s,%s,%s,%s,%s\n' "$n" "$shape" "$tool" "$run" "$seconds" "$((rss_kb / 1024))" "$cpu" >> "$results"
  printf '%8s reports  %-13s %-8s %-10s %7.2f s  %6d MB  %7.2f s CPU\n' "$n" "$shape" "$tool" "$run" "$seconds" "$((rss_kb / 1024))" "$cpu"
}

# full <tool> <n> <shape> <run> <site>: a full build into an empty folder, the file system settled.
full() {
  local tool=$1 n=$2 shape=$3 run=$4 site=$5
  if [ "$tool" = gongkai ]; then
    rm -rf "$site/public" "$site"/.public.* # .public.cache: what the last build published
    settle
    timed gongkai "$n" "$shape" "$run" "$gongkai" build --source "$site" --out "$site/public"
  else
    rm -rf "$site/hugo-public"
    settle
    timed hugo "$n" "$shape" "$run" hugo --quiet --source "$site/hugo" --destination "$site/hugo-public"
  fi
}

# ---- search index: size, largest shard, bytes a typical query downloads, query time ----------
# search_figures <n> <shape> <built site>: appends "reports,shape,figure,value" rows to search.csv
# and prints them.
search_results="$work/search.csv"
echo "reports,shape,figure,value" > "$search_results"
search_figures() {
  local n=$1 shape=$2 public=$3 name value
  command -v node >/dev/null || { echo "benchmark: node is needed for the search figures" >&2; return 0; }
  node "$here/search-query.js" "$public" 5 > "$work/search.txt"
  while read -r name value; do
    printf '%s,%s,%s,"%s"\n' "$n" "$shape" "$name" "$value" >> "$search_results"
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
  for shape in "${shapes[@]}"; do
    # Other work on the machine skews wall times: say how busy it was.
    echo "$n reports, $shape: load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"
    site="$work/site-$shape-$n"
    rm -rf "$site"
    settle
    java "$here/SyntheticSite.java" "$site" "$n" "$shape"
    cp -r "$root/themes" "$site/themes"
    mkdir -p "$site/hugo/layouts" && cp -r "$here/hugo-layouts/." "$site/hugo/layouts/"

    if [ "${BENCH_SEARCH_ONLY:-0}" = 1 ]; then
      full gongkai "$n" "$shape" full-1 "$site"
      search_figures "$n" "$shape" "$site/public"
      continue
    fi
    for run in $(seq 1 "$runs"); do
      if [ $((run % 2)) = 1 ]; then order="gongkai hugo"; else order="hugo gongkai"; fi
      for tool in $order; do
        full "$tool" "$n" "$shape" "full-$run" "$site"
        if [ "$tool" = gongkai ] && [ "$run" = 1 ] && grep -q . "$work/last.err"; then
          echo "benchmark: gongkai reported problems on the $shape site; its timings would be of an error path:" >&2
          cat "$work/last.err" >&2
          exit 1
        fi
      done
    done
    # The last gongkai build is still in public/ (the last run with gongkai second leaves it too).
    search_figures "$n" "$shape" "$site/public"
    timed gongkai "$n" "$shape" no-change "$gongkai" build --source "$site" --out "$site/public"
    one=$(find "$site/content" -name '*.md' ! -name '_index.md' | LC_ALL=C sort | sed -n 1p) # sed reads all: head would end sort with SIGPIPE, fatal under pipefail
    printf '\n补充说明：本段为基准测试中修改的内容。\n' >> "$one"
    timed gongkai "$n" "$shape" one-change "$gongkai" build --source "$site" --out "$site/public"

    pages=$(find "$site/public" -name '*.html' | wc -l)
    hugo_pages=$(find "$site/hugo-public" -name '*.html' | wc -l)
    echo "$n,$shape,$pages,$hugo_pages" >> "$work/pages.csv"
  done
done

# Medians of the full builds (wall and CPU) and their ratios, per size and shape (same run, same
# machine).
awk -F, '
  FNR == 1 { next }
  FILENAME ~ /pages.csv$/ { pages[$1 "," $2] = $3; hpages[$1 "," $2] = $4; next }
  $4 ~ /^full/ {
    key = $1 "," $2; t[key "," $3] = t[key "," $3] " " $5; c[key "," $3] = c[key "," $3] " " $7
    if (!(key in seen)) { seen[key] = 1; order[++k] = key }
  }
  function median(list,   a, m, i, j, x) {
    m = split(list, a, " ")
    for (i = 2; i <= m; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
    return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
  }
  END {
    print "reports,shape,gongkai_median_s,hugo_median_s,ratio,gongkai_cpu_median_s,hugo_cpu_median_s,cpu_ratio,gongkai_pages,hugo_pages" > ratios
    printf "\n%8s  %-13s  %10s  %10s  %7s  %12s  %12s  %9s  %s\n", "reports", "shape", "gongkai", "Hugo", "ratio", "gongkai CPU", "Hugo CPU", "CPU ratio", "pages gongkai / Hugo"
    for (i = 1; i <= k; i++) {
      key = order[i]; split(key, f, ",")
      g = median(t[key ",gongkai"]); h = median(t[key ",hugo"]); gc = median(c[key ",gongkai"]); hc = median(c[key ",hugo"])
      printf "%s,%s,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%s,%s\n", f[1], f[2], g, h, g / h, gc, hc, gc / hc, pages[key], hpages[key] > ratios
      printf "%8s  %-13s  %8.2f s  %8.2f s  %6.2fx  %10.2f s  %10.2f s  %8.2fx  %s / %s\n", f[1], f[2], g, h, g / h, gc, hc, gc / hc, pages[key], hpages[key]
    }
  }' ratios="$work/ratios.csv" "$work/pages.csv" "$results"
echo

machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(java -version 2>&1 | head -n 1), hugo $(hugo version | awk '{print $2}')"
machine="$machine, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "machine: $machine"
echo "$machine" > "$work/machine.txt"
if [ "${BENCH_CHART:-0}" = 1 ]; then
  java "$here/BenchmarkChart.java" "$results" "$machine" "$root/docs/benchmark.svg"
  echo "chart: docs/benchmark.svg"
fi
