/* Search words: tokens, stop words and stems, the same steps as the build's
   SearchText.swift (Sources/SiteBuilder/Search/); Tests/Fixtures/search-stems.json
   holds the cases both must pass. Shared with the other search files as
   Casebook.searchText; tokens, stem and terms are also window.casebookSearchText
   for tests. */
(function () {
  "use strict";

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

  window.Casebook.searchText = {
    wordPattern: wordPattern,
    charCount: charCount,
    firstChars: firstChars,
    wordSet: wordSet,
    lowercase: lowercase,
    tokens: tokens,
    stem: stem,
    terms: terms
  };
})();
