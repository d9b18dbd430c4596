// Measures the built search index of a site with the real query core of search.js, under Node:
//
//   node generator/bench/search-query.js <built site folder> [runs]
//
// Prints one line per figure, "name value", for benchmark.sh: the index's total size and file
// count, the largest shard, and for each query of a fixed set the bytes it downloads (raw and
// gzip, as a static server would send them) and its time. Each run of a query starts with an empty
// cache, like a reader's first search (after one untimed pass that lets Node compile the code): reading and parsing the files it needs, intersecting the
// postings and fetching the first page of results. Median and max are over all queries and runs.
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const search = require("../../themes/standard/assets/js/search.js");

const site = process.argv[2];
const runs = Number(process.argv[3] || 5);
if (!site) {
  console.error("usage: node search-query.js <built site folder> [runs]");
  process.exit(2);
}
const dir = path.join(site, "search-index");

// A two-word query of the kind readers type, then others: common and rare words, a one-character
// query, a year, a 文号 prefix and a query that finds nothing.
const TYPICAL = "交通运输 执法";
const QUERIES = [TYPICAL, "法治政府", "营商环境", "道路运输 专项整治", "依申请公开", "工作领导小组",
  "交通强国 法治保障", "局", "2020", "基测发", "不存在的词汇"];

function gzipSize(bytes) {
  return zlib.gzipSync(bytes, { level: 6 }).length;
}

async function query(text) {
  let raw = 0;
  let gzip = 0;
  const index = new search.Index(async (name) => {
    const bytes = await fs.promises.readFile(path.join(dir, name));
    raw += bytes.length;
    gzip += gzipSize(bytes);
    return JSON.parse(bytes.toString("utf8"));
  });
  const start = process.hrtime.bigint();
  const found = await index.find(search.queryTerms(text));
  await index.documents(found.slice(0, search.PAGE));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { found: found.length, raw, gzip, ms };
}

function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

(async () => {
  const files = fs.readdirSync(dir);
  const sizes = files.map((f) => ({ name: f, bytes: fs.statSync(path.join(dir, f)).size }));
  const total = sizes.reduce((sum, f) => sum + f.bytes, 0);
  const shards = sizes.filter((f) => f.name.startsWith("terms-"));
  const largest = shards.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const meta = JSON.parse(fs.readFileSync(path.join(dir, "meta.json"), "utf8"));
  console.log(`index_files ${files.length}`);
  console.log(`index_bytes ${total}`);
  console.log(`docs ${meta.docs}`);
  console.log(`shards ${meta.shards}`);
  console.log(`largest_shard_bytes ${largest.bytes}`);
  console.log(`largest_shard_gzip_bytes ${gzipSize(fs.readFileSync(path.join(dir, largest.name)))}`);

  // Compression time is not query time: measure the bytes once, the time separately (gzip off).
  // One untimed pass first, so the figures are not those of Node compiling the script.
  for (const text of QUERIES) {
    await query(text);
  }
  const times = [];
  for (const text of QUERIES) {
    const first = await query(text);
    if (text === TYPICAL) {
      console.log(`typical_query ${TYPICAL}`);
      console.log(`typical_query_bytes ${first.raw}`);
      console.log(`typical_query_gzip_bytes ${first.gzip}`);
    }
    const own = [];
    for (let r = 0; r < runs; r++) {
      const index = new search.Index(async (name) => JSON.parse(await fs.promises.readFile(path.join(dir, name), "utf8")));
      const start = process.hrtime.bigint();
      const found = await index.find(search.queryTerms(text));
      await index.documents(found.slice(0, search.PAGE));
      own.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.push(...own);
    console.log(`query ${text} found=${first.found} bytes=${first.raw} gzip=${first.gzip} median_ms=${median(own).toFixed(1)}`);
  }
  console.log(`query_median_ms ${median(times).toFixed(1)}`);
  console.log(`query_max_ms ${Math.max(...times).toFixed(1)}`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
