/* Search words: the tokens of a text and the words of a query (its tokens
   without the index's stop words), split as the build's SearchText.swift
   (Sources/SiteBuilder/Search/) splits them. Nothing is stemmed here: the index
   says which term each word form is (Casebook.searchIndex).
   Tests/Fixtures/search-stems.json holds the cases both must pass. Shared with
   the other search files as Casebook.searchText; tokens and words are also
   window.casebookSearchText for tests. */
(function () {
  "use strict";

  // Runs of Unicode letters and numbers; a comma between a digit and exactly
  // three digits (thousands) stays in the run, and token() takes it out.
  // Browsers without \p{…} get an approximation that covers Latin, Greek,
  // Cyrillic and the common scripts.
  var THOUSANDS = "[0-9],(?=[0-9]{3}(?![0-9]))|";
  var WORD_SOURCE = "(?:" + THOUSANDS + "[\\p{L}\\p{N}])+";
  var WORD_FLAGS = "gu";
  try {
    new RegExp(WORD_SOURCE, WORD_FLAGS);
  } catch (e) {
    WORD_SOURCE = "(?:" + THOUSANDS + "[0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6" +
      "\\u00d8-\\u00f6\\u00f8-\\u02c1\\u0370-\\u0373\\u0376-\\u03ff\\u0400-\\u0481\\u048a-\\u052f" +
      "\\u05d0-\\u05ea\\u0620-\\u064a\\u0660-\\u0669\\u0900-\\u0dff\\u0e01-\\u0e30\\u1100-\\u11ff" +
      "\\u3041-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3])+";
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

  // 1. Tokens: runs of letters and digits without their thousands commas,
  //    lowercased; a run shorter than 2 characters is dropped ("") unless it
  //    is a digit.
  function token(run) {
    var word = run.indexOf(",") >= 0 ? run.replace(/,/g, "") : run;
    return charCount(word) >= 2 || /^[0-9]$/.test(word) ? lowercase(word) : "";
  }

  function tokens(text) {
    var found = String(text == null ? "" : text).match(wordPattern()) || [];
    return found.map(token).filter(Boolean);
  }

  // 2. The words of a query's text: its tokens without the stop words (a
  // list, from the manifest).
  function words(text, stopWords) {
    var stop = wordSet(stopWords);
    return tokens(text).filter(function (word) { return !stop[word]; });
  }

  window.casebookSearchText = { tokens: tokens, words: words };

  window.Casebook.searchText = {
    wordPattern: wordPattern,
    charCount: charCount,
    firstChars: firstChars,
    wordSet: wordSet,
    token: token,
    tokens: tokens,
    words: words
  };
})();
