/*
 * gongkai search: loaded only by the search page. The index is built with the site as small files
 * under search-index/ (gongkai.output.SearchIndexWriter), so search works on any static server and
 * offline, and a query downloads only the shards holding its terms and the documents it shows.
 * It finds the reports that contain every term of the query, and lists them with links into the
 * reader's edition. The query lives in the address (search/?q=…), so results can be linked and the
 * back button works. No eval, no inline code or styles, no innerHTML: a strict
 * Content-Security-Policy allows it. UI text comes from the data attributes the template fills
 * from the theme's i18n file. Without a document (under Node, for the benchmark) it only exports
 * its query core.
 *
 * The tokeniser and shard hash follow gongkai.output.SearchTokenizer and SearchIndexWriter
 * exactly: change both together.
 */
(function (global) {
  "use strict";

  var PAGE = 20; // results per page: each page fetches only its documents' chunks
  var VERSION = 2;
  var HAN = /\p{Script=Han}/u;
  var WORD = /[A-Za-z0-9]/;

  /* Han runs and lower-cased ASCII word runs, after NFKC (full-width ２０２４ is 2024). */
  function runs(text) {
    var out = [];
    var current = "";
    var kind = 0;
    Array.from(String(text).normalize("NFKC")).forEach(function (ch) {
      var k = HAN.test(ch) ? 1 : WORD.test(ch) ? 2 : 0;
      if (k !== kind && current) {
        out.push({ text: current, han: kind === 1 });
        current = "";
      }
      kind = k;
      if (k === 2 && ch >= "A" && ch <= "Z") {
        ch = String.fromCharCode(ch.charCodeAt(0) + 32); // ASCII only, like the index
      }
      if (k !== 0) {
        current += ch;
      }
    });
    if (current) {
      out.push({ text: current, han: kind === 1 });
    }
    return out;
  }

  function addOnce(list, seen, term) {
    if (!seen[term]) {
      seen[term] = true;
      list.push(term);
    }
  }

  /* A single Han character, the bigrams of a longer run, each word: all are needed. */
  function queryTerms(text) {
    var terms = [];
    var seen = Object.create(null);
    runs(text).forEach(function (run) {
      var chars = Array.from(run.text);
      if (run.han && chars.length > 1) {
        for (var i = 0; i + 1 < chars.length; i++) { addOnce(terms, seen, chars[i] + chars[i + 1]); }
      } else {
        addOnce(terms, seen, run.text);
      }
    });
    return terms;
  }

  /* 32-bit FNV-1a over UTF-16 code units, modulo the shard count. */
  function shardOf(term, shards) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      hash ^= term.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) % shards;
  }

  /* Postings from SearchIndexWriter.encode: base-32 gaps, low digit first, 32 added to all but the last. */
  var DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var DIGIT = Object.create(null);
  for (var d = 0; d < DIGITS.length; d++) { DIGIT[DIGITS.charCodeAt(d)] = d; }
  function decode(encoded) {
    var out = [];
    for (var i = 0, value = 0, scale = 1, previous = 0; i < encoded.length; i++) {
      var digit = DIGIT[encoded.charCodeAt(i)];
      value += (digit & 31) * scale;
      if (digit < 32) { previous += value; out.push(previous); value = 0; scale = 1; }
      else { scale *= 32; }
    }
    return out;
  }

  /*
   * The index behind load(name) → Promise of parsed JSON (fetch in a page, files under Node).
   * Each file is loaded once; one that failed is tried again by the next query.
   */
  function Index(load) {
    var cache = Object.create(null);
    function get(name) {
      if (!cache[name]) {
        cache[name] = load(name);
        cache[name].catch(function () { delete cache[name]; });
      }
      return cache[name];
    }
    function meta() {
      return get("meta.json").then(function (m) {
        if (m.v !== VERSION) { throw new Error("search index: version " + m.v); }
        return m;
      });
    }

    /* The postings (document × 2 + 1 for a title hit) of each term, or [] for none. */
    function postings(terms) {
      return meta().then(function (m) {
        return Promise.all(terms.map(function (term) {
          return get("terms-" + shardOf(term, m.shards) + ".json").then(function (shard) {
            return Object.prototype.hasOwnProperty.call(shard, term) ? decode(shard[term]) : [];
          });
        }));
      });
    }

    /* Documents containing every term, title hits first (more terms in the title first), then newest. */
    function find(terms) {
      return postings(terms).then(function (lists) {
        lists.sort(function (a, b) { return a.length - b.length; });
        var docs = lists[0].map(function (p) { return p >> 1; });
        var hits = lists[0].map(function (p) { return p & 1; });
        for (var l = 1; l < lists.length && docs.length; l++) {
          var list = lists[l], keptDocs = [], keptHits = [];
          for (var i = 0, j = 0; i < docs.length && j < list.length;) { // both ascending: walk together
            var doc = list[j] >> 1;
            if (docs[i] === doc) { keptDocs.push(doc); keptHits.push(hits[i] + (list[j] & 1)); i++; j++; }
            else if (docs[i] < doc) { i++; }
            else { j++; }
          }
          docs = keptDocs;
          hits = keptHits;
        }
        var order = docs.map(function (d, i) { return i; });
        order.sort(function (a, b) { return hits[b] - hits[a] || docs[a] - docs[b]; });
        return order.map(function (i) { return docs[i]; });
      });
    }

    /* The records of these documents, fetching only their chunks. */
    function documents(numbers) {
      return meta().then(function (m) {
        return Promise.all(numbers.map(function (n) {
          return get("docs-" + Math.floor(n / m.chunk) + ".json").then(function (chunk) { return chunk[n % m.chunk]; });
        }));
      });
    }

    return { find: find, documents: documents };
  }

  var api = { queryTerms: queryTerms, shardOf: shardOf, decode: decode, Index: Index, PAGE: PAGE };
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  }
  if (typeof document === "undefined") {
    return;
  }
  global.gongkaiSearch = api;

  var results = document.querySelector("[data-search]");
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-q");
  if (!results || !form || !input) {
    return;
  }
  var status = results.querySelector("[data-search-status]");
  var list = results.querySelector("[data-search-list]");
  var more = results.querySelector("[data-search-more]");
  var fallback = document.querySelector("[data-search-fallback]");
  var text = function (name) { return results.getAttribute("data-search-" + name) || ""; };
  var root = text("root");
  var base = text("index");
  fallback.hidden = true; // the script runs: the page no longer needs to say it cannot search

  var index = new Index(function (name) {
    return fetch(base + name, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) { throw new Error("search index: HTTP " + response.status); }
      return response.json();
    });
  });

  /* What to mark: each run of the query, then its bigrams, longest first. */
  function highlighter(query) {
    var needles = [];
    runs(query).forEach(function (run) {
      needles.push(run.text);
      if (run.han) { needles = needles.concat(queryTerms(run.text)); }
    });
    needles = needles.filter(function (n, i) { return needles.indexOf(n) === i; })
      .sort(function (a, b) { return b.length - a.length; })
      .map(function (n) { return n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
    return needles.length ? new RegExp(needles.join("|"), "giu") : null;
  }

  function appendMarked(parent, value, pattern) {
    var last = 0;
    if (pattern) {
      pattern.lastIndex = 0;
      var match;
      while ((match = pattern.exec(value)) !== null && match[0]) {
        parent.appendChild(document.createTextNode(value.slice(last, match.index)));
        var mark = document.createElement("mark");
        mark.textContent = match[0];
        parent.appendChild(mark);
        last = match.index + match[0].length;
      }
    }
    parent.appendChild(document.createTextNode(value.slice(last)));
  }

  function element(name, className) {
    var el = document.createElement(name);
    if (className) { el.className = className; }
    return el;
  }

  function labelled(parent, label, value) {
    var hidden = element("span", "visually-hidden");
    hidden.textContent = label + "：";
    parent.appendChild(hidden);
    parent.appendChild(document.createTextNode(value));
  }

  function item(doc, pattern) {
    var li = element("li", "search-result");
    var link = element("a");
    link.href = root + doc.p;
    appendMarked(link, doc.t, pattern);
    var title = element("p", "search-result-title");
    title.appendChild(link);
    if (doc.v) {
      /* 有效性 of a document not in force (失效, 废止) or amended, as the lists mark it. */
      var validity = element("span", "validity-mark");
      validity.textContent = "（" + doc.v + "）";
      title.appendChild(document.createTextNode(" "));
      title.appendChild(validity);
    }
    li.appendChild(title);
    var meta = element("p", "search-result-meta");
    var date = element("span");
    labelled(date, text("date"), doc.d);
    meta.appendChild(date);
    if (doc.i) {
      var indexNo = element("span", "search-result-index");
      labelled(indexNo, text("index-no"), doc.i);
      meta.appendChild(indexNo);
    }
    var section = element("span", "search-result-section");
    section.textContent = doc.s;
    meta.appendChild(section);
    li.appendChild(meta);
    if (doc.x) {
      var snippet = element("p", "search-result-snippet");
      appendMarked(snippet, doc.x, pattern);
      li.appendChild(snippet);
    }
    return li;
  }

  var current = null; // { query, found, shown }: the results on screen

  /* Fetches and lists the next page of results; the first link shown gets focus when asked. */
  function showMore(focus) {
    var state = current;
    var next = state.found.slice(state.shown, state.shown + PAGE);
    return index.documents(next).then(function (docs) {
      if (current !== state) { return; } // a newer query has started
      var pattern = highlighter(state.query);
      var first = null;
      docs.forEach(function (doc) {
        var li = item(doc, pattern);
        first = first || li.querySelector("a");
        list.appendChild(li);
      });
      state.shown += docs.length;
      var count = state.found.length;
      var message = count === 0 ? text("none") : state.shown < count ? text("found-some") : text("found");
      status.textContent = message.replace("{count}", String(count))
        .replace("{shown}", String(state.shown)).replace("{query}", state.query);
      more.hidden = state.shown >= count;
      if (focus && first) { first.focus(); } // WCAG 2.4.3: continue where the new results start
    });
  }

  function failed() {
    status.textContent = "";
    more.hidden = true;
    fallback.hidden = false;
    fallback.querySelector("[data-search-no-js]").hidden = true;
    fallback.querySelector("[data-search-failed]").hidden = false;
  }

  function search(query, announceEmpty) {
    var terms = queryTerms(query);
    var state = { query: query, found: [], shown: 0 };
    current = state;
    list.textContent = "";
    more.hidden = true;
    if (!terms.length) {
      status.textContent = announceEmpty ? text("empty") : "";
      return;
    }
    status.textContent = text("loading");
    index.find(terms).then(function (found) {
      if (current !== state) { return; }
      state.found = found;
      return showMore(false);
    }).catch(failed);
  }

  more.addEventListener("click", function () {
    if (current) { showMore(true).catch(failed); }
  });

  function queryFromAddress() {
    return new URLSearchParams(window.location.search).get("q") || "";
  }

  /* On this page a new query stays in the address without reloading; back and forward replay it. */
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value;
    var url = new URL(form.action, window.location.href);
    url.searchParams.set("q", query);
    if (query !== queryFromAddress()) {
      window.history.pushState({ q: query }, "", url.pathname + url.search);
    }
    search(query, true);
  });

  window.addEventListener("popstate", function () {
    input.value = queryFromAddress();
    search(input.value, false);
  });

  input.value = queryFromAddress();
  search(input.value, false);
}(typeof window === "undefined" ? this : window));
