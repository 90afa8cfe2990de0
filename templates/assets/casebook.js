/* Casebook default theme script.
   Plain script (no modules, no network beyond the site's own files),
   works from file://.
   1. Fill-in fields: one value per field name, kept in sync.
   2. "Copy text" buttons on scripts, with fill-ins replaced by their values.
   3. Review-status badges recomputed against today's local date.
   4. Table filters (governance page): rows shown by owner and status.
   5. Search: the search box (results as you type) and the results page,
      reading the index in search/ with <script> elements only. */
(function () {
  "use strict";

  var DAY = 24 * 60 * 60 * 1000;
  var SOON_DAYS = 30;
  var STATUS_LABELS = { overdue: "Overdue for review", "due-soon": "Review due soon", current: "Current" };

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function fieldName(input) {
    return input.getAttribute("data-field") || input.getAttribute("aria-label") || "field";
  }

  /* ---------- 1. Fill-in fields ---------- */

  function fitInput(input) {
    // Fallback for browsers without CSS field-sizing: size to text or placeholder.
    var text = input.value || input.getAttribute("placeholder") || "";
    input.style.width = Math.max(8, text.length + 2) + "ch";
  }

  function initFillIns() {
    var inputs = document.querySelectorAll("[data-script] input.fill-in");
    if (!document.querySelector("input.fill-in")) return;
    var needsFit = !(window.CSS && CSS.supports && CSS.supports("field-sizing", "content"));
    if (needsFit) each(inputs, fitInput);

    document.addEventListener("input", function (event) {
      var source = event.target;
      if (!source.classList || !source.classList.contains("fill-in")) return;
      var name = source.getAttribute("data-field");
      each(document.querySelectorAll("input.fill-in"), function (other) {
        if (other !== source && other.getAttribute("data-field") === name && other.value !== source.value) {
          other.value = source.value;
        }
        if (needsFit && other.getAttribute("data-field") === name && other.closest("[data-script]")) fitInput(other);
      });
    });
  }

  /* ---------- 2. Copy text ---------- */

  // Things that are never part of the words to send.
  var SKIP = ".copy-bar, button, .heading-anchor, .callout, .footnotes, .footnote-ref, script, style";
  var BLOCK = /^(P|DIV|BLOCKQUOTE|H[1-6]|SECTION|ARTICLE|DL|DT|DD|HR|FIGURE|FIGCAPTION|ADDRESS)$/;

  function matches(el, selector) {
    var fn = el.matches || el.msMatchesSelector || el.webkitMatchesSelector;
    return fn ? fn.call(el, selector) : false;
  }

  function Collector(empty) {
    this.blocks = [];
    this.buf = "";
    this.empty = empty; // shared list of empty field names, in order
  }

  Collector.prototype.flush = function () {
    var text = this.buf
      .split("\n")
      .map(function (line) { return line.replace(/[ \t\u00a0]+/g, " ").trim(); })
      .join("\n")
      .replace(/^\n+|\n+$/g, "");
    if (text) this.blocks.push(text);
    this.buf = "";
  };

  Collector.prototype.walk = function (node) {
    var self = this;
    each(node.childNodes, function (child) { self.visit(child); });
  };

  Collector.prototype.visit = function (node) {
    if (node.nodeType === 3) {
      this.buf += node.nodeValue.replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== 1 || matches(node, SKIP)) return;
    var tag = node.tagName;
    if (tag === "INPUT") {
      if (node.classList.contains("fill-in")) {
        var name = fieldName(node);
        if (node.value.trim()) {
          this.buf += node.value;
        } else {
          this.buf += "[" + name + "]";
          if (this.empty.indexOf(name) === -1) this.empty.push(name);
        }
      }
      return;
    }
    if (tag === "BR") { this.buf += "\n"; return; }
    if (tag === "PRE") { this.flush(); this.blocks.push(node.textContent.replace(/\n+$/, "")); return; }
    if (tag === "UL" || tag === "OL") { this.flush(); this.list(node); return; }
    if (tag === "TABLE") { this.flush(); this.table(node); return; }
    if (BLOCK.test(tag)) { this.flush(); this.walk(node); this.flush(); return; }
    this.walk(node);
  };

  Collector.prototype.list = function (list) {
    var self = this;
    var lines = [];
    var n = parseInt(list.getAttribute("start") || "1", 10);
    each(list.children, function (li) {
      if (li.tagName !== "LI" || matches(li, SKIP)) return;
      var sub = new Collector(self.empty);
      sub.walk(li);
      sub.flush();
      var marker = list.tagName === "OL" ? (n++) + ". " : "- ";
      var body = sub.blocks.join("\n").replace(/\n/g, "\n   ");
      lines.push(marker + body);
    });
    if (lines.length) this.blocks.push(lines.join("\n"));
  };

  Collector.prototype.table = function (table) {
    var self = this;
    var rows = [];
    each(table.querySelectorAll("tr"), function (tr) {
      var cells = [];
      each(tr.children, function (cell) {
        var sub = new Collector(self.empty);
        sub.walk(cell);
        sub.flush();
        cells.push(sub.blocks.join(" "));
      });
      rows.push(cells.join("\t"));
    });
    if (rows.length) this.blocks.push(rows.join("\n"));
  };

  function textOf(el) {
    var c = new Collector([]);
    c.walk(el);
    c.flush();
    return { text: c.blocks.join("\n\n"), empty: c.empty };
  }

  function legacyCopy(text) {
    var active = document.activeElement;
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.setAttribute("aria-hidden", "true");
    area.style.position = "fixed";
    area.style.top = "0";
    area.style.left = "-9999px";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    if (active && active.focus) active.focus();
    return ok;
  }

  function copyText(text, done) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(
        function () { done(true); },
        function () { done(legacyCopy(text)); }
      );
    } else {
      done(legacyCopy(text));
    }
  }

  function announce(status, message) {
    // Clear first so that the same message is announced again.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
  }

  function resultMessage(ok, empty) {
    if (!ok) return "Could not copy. Select the text and copy it yourself.";
    if (!empty.length) return "Copied.";
    var list = empty.map(function (n) { return "[" + n + "]"; }).join(", ");
    return empty.length === 1
      ? "Copied. 1 field is still empty: " + list + "."
      : "Copied. " + empty.length + " fields are still empty: " + list + ".";
  }

  function addCopyButton(source, insertAfter, parent) {
    var bar = document.createElement("div");
    bar.className = "copy-bar";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy text";
    var status = document.createElement("span");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    bar.appendChild(button);
    bar.appendChild(status);
    if (insertAfter) {
      insertAfter.parentNode.insertBefore(bar, insertAfter.nextSibling);
    } else {
      parent.appendChild(bar);
    }
    button.addEventListener("click", function () {
      var result = textOf(source);
      copyText(result.text, function (ok) {
        announce(status, resultMessage(ok, result.empty));
      });
    });
  }

  function initCopy() {
    each(document.querySelectorAll("[data-script]"), function (script) {
      var quotes = script.querySelectorAll("blockquote.script-text");
      if (quotes.length) {
        each(quotes, function (quote) { addCopyButton(quote, quote, null); });
      } else if (textOf(script).text) {
        addCopyButton(script, null, script);
      }
    });
  }

  /* ---------- 3. Review status ---------- */

  function parseISODate(value) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || "");
    if (!m) return null;
    return new Date(+m[1], +m[2] - 1, +m[3]); // local midnight
  }

  function initReviewStatus() {
    var now = new Date();
    var today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    each(document.querySelectorAll("[data-review-by]"), function (el) {
      var due = parseISODate(el.getAttribute("data-review-by"));
      if (!due) return;
      var daysLeft = Math.round((due.getTime() - today.getTime()) / DAY);
      var status = daysLeft < 0 ? "overdue" : daysLeft <= SOON_DAYS ? "due-soon" : "current";
      el.setAttribute("data-status", status);
      el.textContent = STATUS_LABELS[status];
      // A governance table row filters on the status it shows.
      var row = el.closest ? el.closest("tr[data-status]") : null;
      if (row) row.setAttribute("data-status", status);
    });
  }

  /* ---------- 4. Table filters ---------- */

  function initTableFilters() {
    each(document.querySelectorAll("form[data-filter-table]"), function (form) {
      var table = document.getElementById(form.getAttribute("data-filter-table"));
      if (!table) return;
      var rows = table.tBodies[0] ? table.tBodies[0].rows : [];
      var count = form.querySelector(".filter-count");
      function apply() {
        var shown = 0;
        each(rows, function (row) {
          var visible = true;
          each(form.querySelectorAll("select"), function (select) {
            if (select.value && row.getAttribute("data-" + select.name) !== select.value) visible = false;
          });
          row.hidden = !visible;
          if (visible) shown++;
        });
        if (count) count.textContent = "Showing " + shown + " of " + rows.length;
      }
      form.addEventListener("change", apply);
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      form.hidden = false;
      apply();
    });
  }

  /* ---------- 5. Search ---------- */

  // The index format is described in docs/search-index.md of the Casebook
  // repository. Every index file is a script that calls
  // window.casebookSearchLoaded(name, data); nothing is fetched, so this works
  // from file:// and under any path. Except on the results page, nothing loads
  // until the search box is focused or typed in.

  var SEARCH_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var SEARCH_DROPDOWN_SIZE = 8;
  var SEARCH_PAGE_SIZE = 50;
  var SEARCH_SNIPPET_LENGTH = 160;
  var SEARCH_DELAY = 100; // ms after the last keystroke
  var SEARCH_PREFIX_FACTOR = 0.7;

  // Runs of Unicode letters and numbers. Browsers without \p{…} get an
  // approximation that covers Latin, Greek, Cyrillic and the common scripts.
  var WORD_SOURCE = "[\\p{L}\\p{N}]+";
  var WORD_FLAGS = "gu";
  try {
    new RegExp(WORD_SOURCE, WORD_FLAGS);
  } catch (e) {
    WORD_SOURCE = "[0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6" +
      "\\u00d8-\\u00f6\\u00f8-\\u02c1\\u0370-\\u0373\\u0376-\\u03ff\\u0400-\\u0481\\u048a-\\u052f" +
      "\\u05d0-\\u05ea\\u0620-\\u064a\\u0660-\\u0669\\u0900-\\u0dff\\u0e01-\\u0e30\\u1100-\\u11ff" +
      "\\u3041-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3]+";
    WORD_FLAGS = "g";
  }

  function wordPattern() {
    return new RegExp(WORD_SOURCE, WORD_FLAGS);
  }

  var PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

  // Length in characters (code points), not UTF-16 units.
  function charCount(text) {
    return text.replace(PAIR, "_").length;
  }

  function firstChars(text, n) {
    var chars = text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g) || [];
    return chars.slice(0, n).join("");
  }

  function endsWith(word, suffix) {
    return word.length >= suffix.length && word.slice(word.length - suffix.length) === suffix;
  }

  function wordSet(list) {
    var set = Object.create(null);
    if (list && typeof list.length === "number") {
      for (var i = 0; i < list.length; i++) set[String(list[i])] = true;
    } else if (list) {
      for (var key in list) if (Object.prototype.hasOwnProperty.call(list, key)) set[key] = true;
    }
    return set;
  }

  // Lowercase one character at a time, as the Swift build does (so a final
  // sigma stays σ, and the length of a word is that of its original form).
  function lowercase(word) {
    if (!/[^\x00-\x7f]/.test(word)) return word.toLowerCase();
    return word.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g, function (ch) { return ch.toLowerCase(); });
  }

  // 1. Tokens: runs of letters and digits, lowercased; runs shorter than
  //    2 characters dropped.
  function tokens(text) {
    var found = String(text == null ? "" : text).match(wordPattern()) || [];
    return found
      .filter(function (run) { return charCount(run) >= 2; })
      .map(lowercase);
  }

  // 3. Stem: plural s, then ing/ed, then a final e (tokens of 4+ characters).
  function stem(token) {
    var word = String(token);
    if (charCount(word) < 4) return word;
    if (endsWith(word, "ies") && charCount(word) > 4) {
      word = word.slice(0, -3) + "y";
    } else if (endsWith(word, "sses")) {
      word = word.slice(0, -2);
    } else if (endsWith(word, "s") && !endsWith(word, "ss") && !endsWith(word, "us") && !endsWith(word, "is")) {
      word = word.slice(0, -1);
    }
    var suffix = endsWith(word, "ing") ? "ing" : endsWith(word, "ed") ? "ed" : "";
    if (suffix) {
      var rest = word.slice(0, -suffix.length);
      if (charCount(rest) >= 3 && /[aeiouy]/.test(rest)) {
        word = rest;
        var last = word.charAt(word.length - 1);
        if (word.charAt(word.length - 2) === last && !/[aeiouylsz]/.test(last)) word = word.slice(0, -1);
      }
    }
    if (endsWith(word, "e") && charCount(word) >= 5) word = word.slice(0, -1);
    return word;
  }

  // 2 + 3. Terms: tokens that are not stop words, stemmed.
  function terms(text, stopWords) {
    var stop = wordSet(stopWords);
    return tokens(text)
      .filter(function (token) { return !stop[token]; })
      .map(stem);
  }

  window.casebookSearchText = { tokens: tokens, stem: stem, terms: terms };

  // Postings: (gap, weight) pairs, each a little-endian base-32 varint whose
  // characters carry 5 bits and a "more follows" flag (value >= 32).
  var DIGIT_VALUE = Object.create(null);
  for (var digit = 0; digit < SEARCH_DIGITS.length; digit++) DIGIT_VALUE[SEARCH_DIGITS.charAt(digit)] = digit;

  function decodePostings(text) {
    var numbers = [];
    var value = 0;
    var scale = 1;
    for (var i = 0; i < text.length; i++) {
      var v = DIGIT_VALUE[text.charAt(i)];
      if (v === undefined) return [];
      value += (v & 31) * scale;
      if (v >= 32) {
        scale *= 32;
      } else {
        numbers.push(value);
        value = 0;
        scale = 1;
      }
    }
    var postings = [];
    var doc = 0;
    for (var k = 0; k + 1 < numbers.length; k += 2) {
      doc += numbers[k];
      postings.push({ doc: doc, weight: numbers[k + 1] });
    }
    return postings;
  }

  // A term's shard key: its shortest prefix (1 to 3 characters) that the
  // manifest does not list as split, or the whole term when it is no longer
  // than a split prefix it reaches.
  function shardKey(term, split) {
    var length = charCount(term);
    for (var n = 1; n <= 3; n++) {
      var key = firstChars(term, n);
      if (!split[key] || length <= n) return key;
    }
    return firstChars(term, 3);
  }

  function utf8Hex(text) {
    var encoded;
    try { encoded = encodeURIComponent(text); } catch (e) { encoded = ""; }
    var hex = "";
    for (var i = 0; i < encoded.length; i++) {
      if (encoded.charAt(i) === "%") {
        hex += encoded.substr(i + 1, 2).toLowerCase();
        i += 2;
      } else {
        var code = encoded.charCodeAt(i).toString(16);
        hex += code.length < 2 ? "0" + code : code;
      }
    }
    return hex;
  }

  /* Loading: one <script> per file, each file loaded at most once. */

  var searchFiles = Object.create(null); // name -> { done, data, waiting }
  var searchRoot = "";

  function fileRecord(name) {
    return searchFiles[name] || (searchFiles[name] = { started: false, done: false, data: null, waiting: [] });
  }

  function fileFinished(name, data) {
    var record = fileRecord(name);
    if (!record.done) {
      record.done = true;
      record.data = data;
    }
    var waiting = record.waiting;
    record.waiting = [];
    waiting.forEach(function (callback) { callback(record.data); });
  }

  window.casebookSearchLoaded = function (name, data) {
    fileFinished(String(name), data === undefined ? null : data);
  };

  function loadFile(name, callback) {
    var record = fileRecord(name);
    if (record.done) {
      callback(record.data);
      return;
    }
    record.waiting.push(callback);
    if (record.started) return;
    record.started = true;
    var script = document.createElement("script");
    function settle() {
      // A file that failed (or did not report itself) counts as empty.
      script.onload = script.onerror = null;
      if (script.parentNode) script.parentNode.removeChild(script);
      fileFinished(name, null);
    }
    script.onload = settle;
    script.onerror = settle;
    script.async = true;
    script.src = searchRoot + "search/" + name + ".js";
    (document.head || document.documentElement).appendChild(script);
  }

  function loadFiles(names, callback) {
    var left = names.length;
    if (!left) { callback(); return; }
    names.forEach(function (name) {
      loadFile(name, function () {
        left--;
        if (left === 0) callback();
      });
    });
  }

  function loadManifest(callback) {
    loadFile("manifest", function (manifest) {
      var usable = manifest && typeof manifest === "object" && typeof manifest.docCount === "number";
      callback(usable ? manifest : null);
    });
  }

  function unique(list) {
    var seen = Object.create(null);
    return list.filter(function (item) {
      if (seen[item]) return false;
      seen[item] = true;
      return true;
    });
  }

  /* Querying and ranking. */

  var decodedPostings = Object.create(null);

  function postingsOf(shardName, shard, term) {
    var key = shardName + " " + term;
    if (!decodedPostings[key]) decodedPostings[key] = decodePostings(String(shard[term]));
    return decodedPostings[key];
  }

  // Calls back with { state, query, terms, results } where state is
  // "unavailable" (no index), "short" (no word of 2+ letters) or "done";
  // results are { doc, matched, score }, best first.
  function searchIndex(query, callback) {
    loadManifest(function (manifest) {
      if (!manifest) { callback({ state: "unavailable", query: query, terms: [], results: [] }); return; }
      if (!tokens(query).length) { callback({ state: "short", query: query, terms: [], results: [] }); return; }
      var queryTerms = unique(terms(query, manifest.stopWords || []));
      var split = wordSet(manifest.split || []);
      var shardNames = queryTerms.map(function (term) { return "t/" + utf8Hex(shardKey(term, split)); });
      // The manifest lists the shards that exist: no request for one that does not.
      var existing = manifest.shards ? wordSet(manifest.shards) : null;
      var needed = unique(shardNames).filter(function (name) { return !existing || existing[name.slice(2)]; });
      loadFiles(needed, function () {
        callback({
          state: "done",
          query: query,
          terms: queryTerms,
          stopWords: manifest.stopWords || [],
          results: rank(manifest, queryTerms, shardNames)
        });
      });
    });
  }

  function rank(manifest, queryTerms, shardNames) {
    var docCount = manifest.docCount;
    var byDoc = Object.create(null);
    var found = [];
    queryTerms.forEach(function (term, t) {
      var shard = fileRecord(shardNames[t]).data;
      if (!shard || typeof shard !== "object") return;
      var prefix = charCount(term) >= 3;
      var best = Object.create(null);
      Object.keys(shard).forEach(function (indexed) {
        var factor;
        if (indexed === term) factor = 1;
        else if (prefix && indexed.indexOf(term) === 0) factor = SEARCH_PREFIX_FACTOR;
        else return;
        var postings = postingsOf(shardNames[t], shard, indexed);
        if (!postings.length) return;
        var idf = Math.log(1 + docCount / postings.length);
        postings.forEach(function (posting) {
          if (posting.doc < 0 || posting.doc >= docCount) return;
          var score = posting.weight * factor * idf;
          if (!(posting.doc in best) || score > best[posting.doc]) best[posting.doc] = score;
        });
      });
      Object.keys(best).forEach(function (doc) {
        var entry = byDoc[doc];
        if (!entry) {
          entry = byDoc[doc] = { doc: +doc, matched: 0, score: 0 };
          found.push(entry);
        }
        entry.matched++;
        entry.score += best[doc];
      });
    });
    found.sort(function (a, b) {
      return (b.matched - a.matched) || (b.score - a.score) || (a.doc - b.doc);
    });
    return found;
  }

  // Loads the buckets of the given document numbers and calls back with one
  // record per number: { doc, title, url, typeLabel, categories, summary, text }
  // (null when the document cannot be read).
  function loadDocuments(docs, callback) {
    loadManifest(function (manifest) {
      if (!manifest) { callback(docs.map(function () { return null; })); return; }
      var starts = manifest.buckets && manifest.buckets.length ? manifest.buckets : [0];
      function bucketOf(doc) {
        var found = 0;
        for (var i = 0; i < starts.length; i++) if (starts[i] <= doc) found = i;
        return found;
      }
      var names = unique(docs.map(function (doc) { return "d/" + bucketOf(doc); }));
      loadFiles(names, function () {
        callback(docs.map(function (doc) {
          var bucket = bucketOf(doc);
          var data = fileRecord("d/" + bucket).data;
          var row = data && data[doc - starts[bucket]];
          if (!row || typeof row.length !== "number") return null;
          var url = String(row[1] || "");
          // URLs are relative to the site root; anything else is not ours.
          if (!url || /^[a-z][a-z0-9+.\-]*:/i.test(url) || url.charAt(0) === "/") return null;
          return {
            doc: doc,
            title: String(row[0] || url),
            url: url,
            typeLabel: String(row[2] || ""),
            categories: String(row[3] || ""),
            summary: String(row[4] || ""),
            text: String(row[5] || "")
          };
        }));
      });
    });
  }

  /* Snippets: text around the densest cluster of matched words. */

  function wordMatches(text, queryTerms, stop) {
    var ranges = [];
    var pattern = wordPattern();
    var m;
    while ((m = pattern.exec(text))) {
      var hit = -1;
      var token = charCount(m[0]) >= 2 ? lowercase(m[0]) : "";
      if (token && !stop[token]) {
        var stemmed = stem(token);
        for (var t = 0; t < queryTerms.length; t++) {
          var term = queryTerms[t];
          if (charCount(term) >= 3 ? stemmed.indexOf(term) === 0 : stemmed === term) { hit = t; break; }
        }
      }
      if (hit >= 0) ranges.push({ start: m.index, end: m.index + m[0].length, term: hit });
    }
    return ranges;
  }

  function densestCluster(ranges, length) {
    var best = null;
    for (var i = 0; i < ranges.length; i++) {
      var seen = Object.create(null);
      var distinct = 0;
      var count = 0;
      var end = ranges[i].end;
      for (var j = i; j < ranges.length && (j === i || ranges[j].end - ranges[i].start <= length); j++) {
        count++;
        end = ranges[j].end;
        if (!seen[ranges[j].term]) { seen[ranges[j].term] = true; distinct++; }
      }
      var score = distinct * 1000 + count;
      if (!best || score > best.score) best = { score: score, start: ranges[i].start, end: end };
    }
    return best;
  }

  function isSpace(ch) {
    return /\s/.test(ch);
  }

  // Picks about `length` characters of text around [from, to), cut at spaces.
  function windowAround(text, from, to, length) {
    if (text.length <= length) return { start: 0, end: text.length };
    var slack = Math.max(0, length - (to - from));
    var start = Math.max(0, from - Math.floor(slack / 3));
    var end = Math.min(text.length, Math.max(to, start + length));
    start = Math.max(0, Math.min(start, end - length));
    if (start > 0 && !isSpace(text.charAt(start - 1))) {
      var space = text.indexOf(" ", start);
      if (space >= 0 && space < from) start = space + 1;
    }
    if (end < text.length && !isSpace(text.charAt(end))) {
      var back = text.lastIndexOf(" ", end);
      if (back >= to) end = back;
    }
    while (start < end && isSpace(text.charAt(start))) start++;
    while (end > start && isSpace(text.charAt(end - 1))) end--;
    return { start: start, end: end };
  }

  // Returns a list of { text, mark } pieces.
  function excerpt(text, queryTerms, stop, requireMatch) {
    var ranges = wordMatches(text, queryTerms, stop);
    if (!ranges.length && requireMatch) return null;
    var cluster = ranges.length ? densestCluster(ranges, SEARCH_SNIPPET_LENGTH) : { start: 0, end: 0 };
    var span = windowAround(text, cluster.start, cluster.end, SEARCH_SNIPPET_LENGTH);
    var pieces = [];
    var at = span.start;
    if (span.start > 0) pieces.push({ text: "…", mark: false });
    ranges.forEach(function (range) {
      if (range.start < at || range.end > span.end) return;
      if (range.start > at) pieces.push({ text: text.slice(at, range.start), mark: false });
      pieces.push({ text: text.slice(range.start, range.end), mark: true });
      at = range.end;
    });
    if (span.end > at) pieces.push({ text: text.slice(at, span.end), mark: false });
    if (span.end < text.length) pieces.push({ text: "…", mark: false });
    return pieces;
  }

  function snippet(record, queryTerms, stopWords) {
    var stop = wordSet(stopWords);
    return excerpt(record.text, queryTerms, stop, true) ||
      (record.summary ? excerpt(record.summary, queryTerms, stop, false) : null) ||
      excerpt(record.text, queryTerms, stop, false);
  }

  /* Rendering (all index data is text: only textContent is ever set). */

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  function appendPieces(parent, pieces) {
    pieces.forEach(function (piece) {
      parent.appendChild(piece.mark ? element("mark", "", piece.text) : document.createTextNode(piece.text));
    });
  }

  function resultMeta(tag, record) {
    var meta = element(tag, "search-result-meta");
    if (record.typeLabel) meta.appendChild(element("span", "type-label search-result-type", record.typeLabel));
    if (record.typeLabel && record.categories) meta.appendChild(document.createTextNode(" "));
    if (record.categories) meta.appendChild(element("span", "search-result-categories", record.categories));
    return meta;
  }

  // Dropdown option: the whole option is one link.
  function optionItem(record, outcome, id) {
    var item = element("li", "search-result");
    item.id = id;
    item.setAttribute("role", "option");
    item.setAttribute("aria-selected", "false");
    var link = element("a", "search-result-link");
    link.href = searchRoot + record.url;
    link.tabIndex = -1;
    link.appendChild(element("span", "search-result-title", record.title));
    if (record.typeLabel || record.categories) link.appendChild(resultMeta("span", record));
    var text = element("span", "search-result-snippet");
    appendPieces(text, snippet(record, outcome.terms, outcome.stopWords));
    link.appendChild(text);
    item.appendChild(link);
    return item;
  }

  // Results page item: a heading link, then type, categories and snippet.
  function pageItem(record, outcome) {
    var item = element("li", "search-result");
    var heading = element("h2", "search-result-title");
    var link = element("a", "search-result-link", record.title);
    link.href = searchRoot + record.url;
    heading.appendChild(link);
    item.appendChild(heading);
    if (record.typeLabel || record.categories) item.appendChild(resultMeta("p", record));
    var text = element("p", "search-result-snippet");
    appendPieces(text, snippet(record, outcome.terms, outcome.stopWords));
    item.appendChild(text);
    return item;
  }

  function quoted(query) {
    return "\u201c" + query.replace(/\s+/g, " ").trim() + "\u201d";
  }

  function countLabel(n) {
    return n === 1 ? "1 result" : n + " results";
  }

  function resultsPageURL(form, query) {
    var action = form.getAttribute("action") || "";
    return action + "?q=" + encodeURIComponent(query.trim()).replace(/%20/g, "+");
  }

  /* The search box: an ARIA combobox with a listbox of results. */

  function initSearchBox(form) {
    var input = form.querySelector('input[name="q"]');
    var listbox = form.querySelector(".site-search-results");
    var status = form.querySelector(".site-search-status");
    var popup = form.querySelector(".site-search-popup");
    if (!input || !listbox || !status || !popup) return;
    var allBar = form.querySelector(".site-search-all");
    var allLink = allBar && allBar.querySelector("a");
    if (!listbox.id) listbox.id = "site-search-listbox";

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);

    var options = [];
    var active = -1;
    var open = false;
    var timer = null;
    var generation = 0;
    var shownQuery = null;

    function startLoading() {
      loadManifest(function () {});
    }

    function refresh() {
      var hasContent = options.length > 0 || status.textContent !== "";
      form.classList.toggle("is-open", open && hasContent);
      listbox.hidden = !(open && options.length);
      input.setAttribute("aria-expanded", listbox.hidden ? "false" : "true");
    }

    function setActive(index) {
      active = index;
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
        option.classList.toggle("is-active", i === index);
      });
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        if (options[index].scrollIntoView) options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function setOpen(value) {
      open = value;
      if (!value) setActive(-1);
      refresh();
    }

    function show(message, items, total, query) {
      listbox.textContent = "";
      options = items;
      items.forEach(function (item) { listbox.appendChild(item); });
      status.textContent = message;
      if (allBar) {
        allBar.hidden = !(total > items.length);
        if (allLink) {
          allLink.href = resultsPageURL(form, query);
          allLink.textContent = "See all " + total + " results";
        }
      }
      shownQuery = query;
      active = -1;
      input.removeAttribute("aria-activedescendant");
      setOpen(form.contains(document.activeElement));
    }

    function update() {
      timer = null;
      var query = input.value;
      var mine = ++generation;
      if (!query.trim()) {
        show("", [], 0, query);
        setOpen(false);
        return;
      }
      searchIndex(query, function (outcome) {
        if (mine !== generation) return;
        if (outcome.state === "unavailable") { show("Search is not available on this copy of the site.", [], 0, query); return; }
        if (outcome.state === "short") { show("Type at least 2 letters", [], 0, query); return; }
        if (!outcome.results.length) { show("No results for " + quoted(query), [], 0, query); return; }
        var top = outcome.results.slice(0, SEARCH_DROPDOWN_SIZE).map(function (r) { return r.doc; });
        loadDocuments(top, function (records) {
          if (mine !== generation) return;
          var items = [];
          records.forEach(function (record) {
            if (record) items.push(optionItem(record, outcome, listbox.id + "-" + items.length));
          });
          show(countLabel(outcome.results.length), items, outcome.results.length, query);
        });
      });
    }

    function schedule() {
      startLoading();
      setActive(-1); // Enter now means the new query, not an old option
      if (timer) window.clearTimeout(timer);
      timer = window.setTimeout(update, SEARCH_DELAY);
    }

    function follow(option) {
      var link = option && option.querySelector("a[href]");
      if (link) window.location.href = link.href;
    }

    input.addEventListener("focus", function () {
      startLoading();
      if (shownQuery !== null && shownQuery === input.value && input.value.trim()) setOpen(true);
    });
    input.addEventListener("input", schedule);

    input.addEventListener("keydown", function (event) {
      if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
      var key = event.key;
      if (key === "ArrowDown" || key === "Down" || key === "ArrowUp" || key === "Up") {
        if (!options.length) return;
        event.preventDefault();
        var down = key === "ArrowDown" || key === "Down";
        if (!open) {
          setOpen(true);
          setActive(down ? 0 : options.length - 1);
          return;
        }
        if (down) setActive(active + 1 >= options.length ? 0 : active + 1);
        else setActive(active <= 0 ? options.length - 1 : active - 1);
      } else if (key === "Enter") {
        if (open && active >= 0 && options[active]) {
          event.preventDefault();
          follow(options[active]);
        }
        // Otherwise the form goes to the results page.
      } else if (key === "Escape" || key === "Esc") {
        if (open && form.classList.contains("is-open")) {
          event.preventDefault();
          setOpen(false);
        } else if (input.value) {
          event.preventDefault();
          input.value = "";
          if (timer) { window.clearTimeout(timer); timer = null; }
          generation++;
          show("", [], 0, "");
          setOpen(false);
        }
      }
    });

    // Keep focus in the box when the popup is clicked; links still follow.
    popup.addEventListener("mousedown", function (event) { event.preventDefault(); });

    listbox.addEventListener("mousemove", function (event) {
      var option = event.target.closest && event.target.closest('[role="option"]');
      var index = options.indexOf(option);
      if (index >= 0 && index !== active) setActive(index);
    });

    function outside(event) {
      if (open && !form.contains(event.target)) setOpen(false);
    }
    document.addEventListener(window.PointerEvent ? "pointerdown" : "mousedown", outside);
    document.addEventListener("touchstart", outside, { passive: true });
    // Focus leaving the box (Tab, or another window) closes the list; focusing
    // the box again shows it again.
    input.addEventListener("blur", function () { setOpen(false); });

    // Someone may already have focused or typed before this script ran.
    if (document.activeElement === input) startLoading();
  }

  /* The results page: search/index.html?q=… */

  function queryParameter(name) {
    var query = window.location.search.replace(/^\?/, "");
    var parts = query ? query.split("&") : [];
    for (var i = 0; i < parts.length; i++) {
      var pair = parts[i].split("=");
      if (pair[0] !== name) continue;
      var value = (pair.slice(1).join("=") || "").replace(/\+/g, " ");
      try { return decodeURIComponent(value); } catch (e) { return value; }
    }
    return "";
  }

  function initResultsPage(page, form) {
    var status = page.querySelector(".search-page-status");
    var list = page.querySelector(".search-page-results");
    var more = page.querySelector(".search-more");
    if (!status || !list) return;
    var query = queryParameter("q");
    var input = form && form.querySelector('input[name="q"]');
    if (input) input.value = query;

    if (!query.trim()) {
      status.textContent = "Type what you are looking for in the search box.";
      if (input) input.focus();
      return;
    }
    document.title = quoted(query) + " \u2013 " + document.title;

    searchIndex(query, function (outcome) {
      if (outcome.state === "unavailable") { status.textContent = "Search is not available on this copy of the site."; return; }
      if (outcome.state === "short") { status.textContent = "Type at least 2 letters"; return; }
      var results = outcome.results;
      if (!results.length) { status.textContent = "No results for " + quoted(query); return; }
      status.textContent = countLabel(results.length) + " for " + quoted(query);
      var shown = 0;

      function showMore(moveFocus) {
        var batch = results.slice(shown, shown + SEARCH_PAGE_SIZE).map(function (r) { return r.doc; });
        shown += batch.length;
        if (more) more.disabled = true;
        loadDocuments(batch, function (records) {
          var first = null;
          records.forEach(function (record) {
            if (!record) return;
            var item = pageItem(record, outcome);
            list.appendChild(item);
            if (!first) first = item;
          });
          if (more) {
            more.disabled = false;
            more.hidden = shown >= results.length;
          }
          if (moveFocus && first) first.querySelector("a").focus();
        });
      }

      if (more) more.addEventListener("click", function () { showMore(true); });
      showMore(false);
    });
  }

  function initSearch() {
    var form = document.querySelector("form.site-search");
    var page = document.querySelector("[data-search-page]");
    if (!form && !page) return;
    searchRoot = (page && page.getAttribute("data-root")) || (form && form.getAttribute("data-root")) || "";
    if (form) initSearchBox(form);
    if (page) initResultsPage(page, form);
  }

  function init() {
    initFillIns();
    initCopy();
    initReviewStatus();
    initTableFilters();
    initSearch();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
