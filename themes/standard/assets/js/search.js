/*
 * gongkai search: loaded only by the search page. Fetches search-index.json (built with the site,
 * so search works on any static server and offline), finds the reports that contain every term of
 * the query, and lists them with links into the reader's edition. The query lives in the address
 * (search/?q=…), so results can be linked and the back button works. No eval, no inline code or
 * styles, no innerHTML: a strict Content-Security-Policy allows it. UI text comes from the data
 * attributes the template fills from the theme's i18n file.
 *
 * The tokeniser follows gongkai.output.SearchTokenizer exactly: change both together.
 */
(function () {
  "use strict";

  var MAX_SHOWN = 100;
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

  /* Every character and every bigram of a Han run; each word. */
  function indexTerms(text) {
    var terms = [];
    var seen = Object.create(null);
    runs(text).forEach(function (run) {
      if (!run.han) { addOnce(terms, seen, run.text); return; }
      var chars = Array.from(run.text);
      chars.forEach(function (c, i) {
        addOnce(terms, seen, c);
        if (i + 1 < chars.length) { addOnce(terms, seen, c + chars[i + 1]); }
      });
    });
    return terms;
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

  window.gongkaiSearch = { indexTerms: indexTerms, queryTerms: queryTerms };

  var results = document.querySelector("[data-search]");
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-q");
  if (!results || !form || !input) {
    return;
  }
  var status = results.querySelector("[data-search-status]");
  var list = results.querySelector("[data-search-list]");
  var fallback = document.querySelector("[data-search-fallback]");
  var text = function (name) { return results.getAttribute("data-search-" + name) || ""; };
  var root = text("root");
  fallback.hidden = true; // the script runs: the page no longer needs to say it cannot search

  var loading = null;
  function loadIndex() {
    if (!loading) {
      loading = fetch(text("index"), { credentials: "same-origin" }).then(function (response) {
        if (!response.ok) { throw new Error("search index: HTTP " + response.status); }
        return response.json();
      });
    }
    return loading;
  }

  /* Ascending document numbers in both lists: walk them together. */
  function intersect(a, b) {
    var out = [];
    for (var i = 0, j = 0; i < a.length && j < b.length;) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; }
      else if (a[i] < b[j]) { i++; }
      else { j++; }
    }
    return out;
  }

  function find(index, terms) {
    var postings = terms.map(function (term) {
      return Object.prototype.hasOwnProperty.call(index.terms, term) ? index.terms[term] : [];
    }).sort(function (a, b) { return a.length - b.length; });
    var found = postings[0];
    for (var i = 1; i < postings.length && found.length; i++) { found = intersect(found, postings[i]); }
    // Title hits first, then newer: document numbers already run newest first.
    var titleHits = {};
    found.forEach(function (n) {
      var title = indexTerms(index.docs[n].t);
      titleHits[n] = terms.filter(function (term) { return title.indexOf(term) >= 0; }).length;
    });
    return found.slice().sort(function (a, b) { return titleHits[b] - titleHits[a] || a - b; });
  }

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

  function render(index, query, found) {
    var pattern = highlighter(query);
    list.textContent = "";
    found.slice(0, MAX_SHOWN).forEach(function (n) {
      var doc = index.docs[n];
      var item = element("li", "search-result");
      var link = element("a");
      link.href = root + doc.p;
      appendMarked(link, doc.t, pattern);
      var title = element("p", "search-result-title");
      title.appendChild(link);
      item.appendChild(title);
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
      item.appendChild(meta);
      if (doc.x) {
        var snippet = element("p", "search-result-snippet");
        appendMarked(snippet, doc.x, pattern);
        item.appendChild(snippet);
      }
      list.appendChild(item);
    });
    var message = found.length === 0 ? text("none")
      : found.length > MAX_SHOWN ? text("found-some") : text("found");
    status.textContent = message.replace("{count}", String(found.length))
      .replace("{shown}", String(MAX_SHOWN)).replace("{query}", query);
  }

  function search(query, announceEmpty) {
    var terms = queryTerms(query);
    list.textContent = "";
    if (!terms.length) {
      status.textContent = announceEmpty ? text("empty") : "";
      return;
    }
    status.textContent = text("loading");
    loadIndex().then(function (index) {
      if (input.value !== query) { return; } // a newer query has started
      render(index, query, find(index, terms));
    }, function () {
      status.textContent = "";
      fallback.hidden = false;
      fallback.querySelector("[data-search-no-js]").hidden = true;
      fallback.querySelector("[data-search-failed]").hidden = false;
    });
  }

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
}());
