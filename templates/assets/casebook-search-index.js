/* Search index: loads the files of the site's search/ folder and answers
   queries from them. The format is described in docs/search-index.md of the
   Casebook repository. Every index file is a script that calls
   window.casebookSearchLoaded(name, data); nothing is fetched, so this works
   from file:// and under any path. Nothing is stemmed here: the shards say
   which term each word form of the site is. Shared as Casebook.searchIndex:
   setRoot, loadManifest, search, termOf and loadDocuments. */
(function () {
  "use strict";

  var searchText = window.Casebook.searchText;
  var charCount = searchText.charCount;
  var firstChars = searchText.firstChars;
  var wordSet = searchText.wordSet;
  var tokens = searchText.tokens;
  var words = searchText.words;
  var synonymSpans = window.Casebook.searchSynonyms.spans;

  var SEARCH_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  // A page found through a synonym counts a little less than one with the word.
  var SEARCH_SYNONYM_FACTOR = 0.8;
  // A word being typed finds the terms and word forms it begins, at this factor.
  var PREFIX_FACTOR = 0.7;

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
  // The manifest once loaded, with its split prefixes and existing shards as sets.
  var index = null;

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
      if (usable && !index) {
        index = { split: wordSet(manifest.split || []), shards: manifest.shards ? wordSet(manifest.shards) : null,
                  numbers: manifest.numbers && typeof manifest.numbers === "object" ? manifest.numbers : {} };
      }
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

  /* Words, terms and shards. */

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  // The file of the shard that holds a term or word form.
  function shardName(text) {
    return "t/" + utf8Hex(shardKey(text, index.split));
  }

  // The shards that hold these terms and forms, less those the manifest says
  // do not exist.
  function shardsOf(texts) {
    return unique(texts.map(shardName)).filter(function (name) { return !index.shards || index.shards[name.slice(2)]; });
  }

  // A loaded shard's terms (term -> postings) and forms (form -> term); empty
  // when it is not loaded or not there.
  function shardData(name) {
    var data = fileRecord(name).data;
    var usable = function (part) { return part && typeof part === "object" ? part : {}; };
    return { terms: usable(data && data.terms), forms: usable(data && data.forms) };
  }

  function isNumberWord(word) {
    return !!index && has(index.numbers, word);
  }

  // The term the build made of a word: a number word's digits, else the term
  // its shard gives the form, else the word itself. The word's shard must be
  // loaded for a form to be found.
  function termOf(word) {
    if (!index) return word;
    if (isNumberWord(word)) return String(index.numbers[word]);
    var forms = shardData(shardName(word)).forms;
    return has(forms, word) ? String(forms[word]) : word;
  }

  // For a word no page has (neither a form nor a term of its shard): the
  // longest term it begins with that has 4 or more characters and leaves at
  // most 3 over ("reembolsos" finds "reembols" of "reembolso"); "" for none.
  // The build would have stemmed the word; the browser only guesses, so a
  // guess counts as a prefix match.
  function nearestTerm(word) {
    var shard = shardData(shardName(word));
    if (has(shard.terms, word) || has(shard.forms, word) || isNumberWord(word)) return "";
    var best = "";
    Object.keys(shard.terms).forEach(function (indexed) {
      var length = charCount(indexed);
      if (length >= 4 && charCount(word) - length <= 3 && word.indexOf(indexed) === 0 && length > charCount(best)) best = indexed;
    });
    return best;
  }

  // A word being typed matches as a prefix when it has 3 or more characters
  // and is not a number.
  function isPrefix(word) {
    return charCount(word) >= 3 && !/^[0-9]+$/.test(word);
  }

  // The index terms a query term matches, each with its factor: the term
  // itself at 1, and, at PREFIX_FACTOR, the term nearest to it when it is a
  // word typed that no page has, and every term and every form's term that one of `prefixes`
  // begins (read from the prefix's shard, which holds all of them).
  function matchesOf(term, prefixes, typed) {
    var found = Object.create(null);
    found[term] = 1;
    var guess = typed ? nearestTerm(term) : "";
    if (guess) found[guess] = PREFIX_FACTOR;
    prefixes.filter(isPrefix).forEach(function (prefix) {
      var shard = shardData(shardName(prefix));
      Object.keys(shard.terms).forEach(function (indexed) {
        if (indexed.indexOf(prefix) === 0 && !(indexed in found)) found[indexed] = PREFIX_FACTOR;
      });
      Object.keys(shard.forms).forEach(function (form) {
        var indexed = String(shard.forms[form]);
        if (form.indexOf(prefix) === 0 && !(indexed in found)) found[indexed] = PREFIX_FACTOR;
      });
    });
    return found;
  }

  /* Querying and ranking. */

  var decodedPostings = Object.create(null);

  function postingsOf(indexed) {
    var name = shardName(indexed);
    var key = name + " " + indexed;
    if (!decodedPostings[key]) {
      var terms = shardData(name).terms;
      decodedPostings[key] = has(terms, indexed) ? decodePostings(String(terms[indexed])) : [];
    }
    return decodedPostings[key];
  }

  // Calls back with { state, query, terms, highlight, marks, stopWords, types,
  // results } where state is "unavailable" (no index), "short" (no word of
  // 2+ letters or a digit) or "done"; results are { doc, type, matched, full,
  // score }, best first: those that match every query word (full) before
  // those that match some. A word matches a page through itself or through
  // one of its synonyms (manifest.synonyms); highlight lists the index terms
  // matched, and marks maps each to the query word it answers. Shards load in
  // up to three rounds: the typed words' (which give their terms), then those
  // of the terms and their synonyms', then those of the terms they match as
  // prefixes; the later rounds rarely need a file the first did not load.
  function searchIndex(query, callback) {
    loadManifest(function (manifest) {
      var outcome = { state: "done", query: query, terms: [], highlight: [], marks: Object.create(null),
                      stopWords: manifest && manifest.stopWords || [], types: manifest && manifest.types || [], results: [] };
      if (!manifest) { outcome.state = "unavailable"; callback(outcome); return; }
      if (!tokens(query).length) { outcome.state = "short"; callback(outcome); return; }
      var typed = unique(words(query, outcome.stopWords));
      loadFiles(shardsOf(typed), function () {
        // Each distinct term, with what it matches as a prefix: the words typed
        // that gave it (a number word, none) and the term itself.
        var queryTerms = [];
        var prefixes = Object.create(null);
        var asTyped = Object.create(null);
        typed.forEach(function (word) {
          var term = termOf(word);
          if (term === word && isPrefix(word)) asTyped[term] = true;
          if (!prefixes[term]) {
            prefixes[term] = [term];
            queryTerms.push(term);
          }
          if (!isNumberWord(word) && word !== term) prefixes[term].push(word);
        });
        var spans = synonymSpans(queryTerms, manifest.synonyms);
        var wanted = queryTerms.slice();
        spans.forEach(function (span) {
          span.alternatives.forEach(function (alternative) { wanted = wanted.concat(alternative); });
        });
        wanted = unique(wanted);
        wanted.forEach(function (term) { if (!prefixes[term]) prefixes[term] = [term]; });
        var allPrefixes = [];
        wanted.forEach(function (term) { allPrefixes = allPrefixes.concat(prefixes[term].filter(isPrefix)); });
        loadFiles(shardsOf(wanted.concat(allPrefixes)), function () {
          var matches = Object.create(null);
          var indexed = [];
          wanted.forEach(function (term) {
            matches[term] = matchesOf(term, prefixes[term], !!asTyped[term]);
            indexed = indexed.concat(Object.keys(matches[term]));
          });
          loadFiles(shardsOf(unique(indexed)), function () {
            outcome.terms = queryTerms;
            outcome.marks = marksOf(queryTerms, spans, matches);
            outcome.highlight = Object.keys(outcome.marks);
            outcome.results = rank(manifest, queryTerms, spans, matches);
            callback(outcome);
          });
        });
      });
    });
  }

  // Each index term a query term or one of its synonyms matched, with the
  // number of the query term (the first of a synonym's span).
  function marksOf(queryTerms, spans, matches) {
    var marks = Object.create(null);
    function mark(term, group) {
      Object.keys(matches[term]).forEach(function (indexed) { if (!(indexed in marks)) marks[indexed] = group; });
    }
    queryTerms.forEach(mark);
    spans.forEach(function (span) {
      span.alternatives.forEach(function (alternative) {
        alternative.forEach(function (term) { mark(term, span.from); });
      });
    });
    return marks;
  }

  // Each document's best score for one query term: weight × match factor ×
  // idf over the index terms the term matches.
  function termScores(manifest, matched) {
    var docCount = manifest.docCount;
    var best = Object.create(null);
    Object.keys(matched).forEach(function (indexed) {
      var postings = postingsOf(indexed);
      if (!postings.length) return;
      var idf = Math.log(1 + docCount / postings.length);
      postings.forEach(function (posting) {
        if (posting.doc < 0 || posting.doc >= docCount) return;
        var score = posting.weight * matched[indexed] * idf;
        if (!(posting.doc in best) || score > best[posting.doc]) best[posting.doc] = score;
      });
    });
    return best;
  }

  // The documents that have every term of an alternative, each with the
  // mean of its terms' scores.
  function alternativeScores(manifest, alternative, matches) {
    var perTerm = alternative.map(function (term) { return termScores(manifest, matches[term]); });
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

  function rank(manifest, queryTerms, spans, matches) {
    var perWord = queryTerms.map(function (term) { return termScores(manifest, matches[term]); });
    spans.forEach(function (span) {
      span.alternatives.forEach(function (alternative) {
        var found = alternativeScores(manifest, alternative, matches);
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
    termOf: termOf,
    loadDocuments: loadDocuments
  };
})();
