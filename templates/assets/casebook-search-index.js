/* Search index: loads the files of the site's search/ folder and answers
   queries from them. The format is described in docs/search-index.md of the
   Casebook repository. Every index file is a script that calls
   window.casebookSearchLoaded(name, data); nothing is fetched, so this works
   from file:// and under any path. Shared as Casebook.searchIndex: setRoot,
   loadManifest, search and loadDocuments. */
(function () {
  "use strict";

  var searchText = window.Casebook.searchText;
  var charCount = searchText.charCount;
  var firstChars = searchText.firstChars;
  var wordSet = searchText.wordSet;
  var tokens = searchText.tokens;
  var terms = searchText.terms;
  var matchFactor = searchText.matchFactor;
  var synonymSpans = window.Casebook.searchSynonyms.spans;

  var SEARCH_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  // A page found through a synonym counts a little less than one with the word.
  var SEARCH_SYNONYM_FACTOR = 0.8;

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

  // Calls back with { state, query, terms, highlight, stopWords, types,
  // results } where state is "unavailable" (no index), "short" (no word of
  // 2+ letters or a digit) or "done"; results are { doc, type, matched, full,
  // score }, best first: those that match every query word (full) before
  // those that match some. A word matches a page through itself or through
  // one of its synonyms (manifest.synonyms); highlight lists both.
  function searchIndex(query, callback) {
    loadManifest(function (manifest) {
      var outcome = { state: "done", query: query, terms: [], highlight: [], stopWords: manifest && manifest.stopWords || [],
                      types: manifest && manifest.types || [], results: [] };
      if (!manifest) { outcome.state = "unavailable"; callback(outcome); return; }
      if (!tokens(query).length) { outcome.state = "short"; callback(outcome); return; }
      var queryTerms = unique(terms(query, outcome.stopWords));
      var spans = synonymSpans(queryTerms, manifest.synonyms);
      var wanted = queryTerms.slice();
      spans.forEach(function (span) {
        span.alternatives.forEach(function (alternative) { wanted = wanted.concat(alternative); });
      });
      wanted = unique(wanted);
      var split = wordSet(manifest.split || []);
      var shardOf = Object.create(null);
      wanted.forEach(function (term) { shardOf[term] = "t/" + utf8Hex(shardKey(term, split)); });
      // The manifest lists the shards that exist: no request for one that does not.
      var existing = manifest.shards ? wordSet(manifest.shards) : null;
      var needed = unique(wanted.map(function (term) { return shardOf[term]; }))
        .filter(function (name) { return !existing || existing[name.slice(2)]; });
      loadFiles(needed, function () {
        outcome.terms = queryTerms;
        outcome.highlight = wanted;
        outcome.results = rank(manifest, queryTerms, spans, shardOf);
        callback(outcome);
      });
    });
  }

  // Each document's best score for one term: weight × match factor × idf over
  // the index terms of the term's shard that it matches.
  function termScores(manifest, term, shardName) {
    var docCount = manifest.docCount;
    var best = Object.create(null);
    var shard = fileRecord(shardName).data;
    if (!shard || typeof shard !== "object") return best;
    Object.keys(shard).forEach(function (indexed) {
      var factor = matchFactor(indexed, term);
      if (!factor) return;
      var postings = postingsOf(shardName, shard, indexed);
      if (!postings.length) return;
      var idf = Math.log(1 + docCount / postings.length);
      postings.forEach(function (posting) {
        if (posting.doc < 0 || posting.doc >= docCount) return;
        var score = posting.weight * factor * idf;
        if (!(posting.doc in best) || score > best[posting.doc]) best[posting.doc] = score;
      });
    });
    return best;
  }

  // The documents that have every term of an alternative, each with the
  // mean of its terms' scores.
  function alternativeScores(manifest, alternative, shardOf) {
    var perTerm = alternative.map(function (term) { return termScores(manifest, term, shardOf[term]); });
    var found = Object.create(null);
    Object.keys(perTerm[0] || {}).forEach(function (doc) {
      var sum = 0;
      for (var i = 0; i < perTerm.length; i++) {
        if (!(doc in perTerm[i])) return;
        sum += perTerm[i][doc];
      }
      found[doc] = sum / perTerm.length;
    });
    return found;
  }

  function typeOf(types, doc) {
    for (var i = 0; i < types.length; i++) {
      if (doc >= types[i][1] && doc < types[i][1] + types[i][2]) return String(types[i][0]);
    }
    return "";
  }

  function rank(manifest, queryTerms, spans, shardOf) {
    var perWord = queryTerms.map(function (term) { return termScores(manifest, term, shardOf[term]); });
    spans.forEach(function (span) {
      span.alternatives.forEach(function (alternative) {
        var found = alternativeScores(manifest, alternative, shardOf);
        Object.keys(found).forEach(function (doc) {
          var score = found[doc] * SEARCH_SYNONYM_FACTOR;
          for (var w = span.from; w < span.to; w++) {
            if (!(doc in perWord[w]) || score > perWord[w][doc]) perWord[w][doc] = score;
          }
        });
      });
    });
    var byDoc = Object.create(null);
    var found = [];
    perWord.forEach(function (best) {
      Object.keys(best).forEach(function (doc) {
        var entry = byDoc[doc];
        if (!entry) {
          entry = byDoc[doc] = { doc: +doc, type: typeOf(manifest.types || [], +doc), matched: 0, full: false, score: 0 };
          found.push(entry);
        }
        entry.matched++;
        entry.score += best[doc];
      });
    });
    found.forEach(function (entry) { entry.full = entry.matched === queryTerms.length; });
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

  window.Casebook.searchIndex = {
    setRoot: function (root) { searchRoot = root; },
    loadManifest: loadManifest,
    search: searchIndex,
    loadDocuments: loadDocuments
  };
})();
