/* Search words: tokens, stop words, number words and stems, the same steps as
   the build's SearchText.swift and NumberWords.swift (Sources/SiteBuilder/Search/);
   Tests/Fixtures/search-stems.json holds the cases both must pass. Shared with the
   other search files as Casebook.searchText; tokens, stem and terms are also
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

  // Number words and the terms they meet: "ten" is searched as "10", "third"
  // as "3rd". The same table as NumberWords.swift.
  var NUMBER_WORDS = Object.create(null);
  ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen " +
   "fifteen sixteen seventeen eighteen nineteen twenty").split(" ").forEach(function (word, n) {
    NUMBER_WORDS[word] = String(n);
  });
  "thirty forty fifty sixty seventy eighty ninety".split(" ").forEach(function (word, i) {
    NUMBER_WORDS[word] = String(30 + 10 * i);
  });
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(" ").forEach(function (word, i) {
    NUMBER_WORDS[word] = (i + 1) + (i === 0 ? "st" : i === 1 ? "nd" : i === 2 ? "rd" : "th");
  });

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

  // 2 + 3. What a token is searched as: "" for a stop word (stop is a
  // wordSet), a number word's digits, else its stem.
  function queryTerm(word, stop) {
    return stop[word] ? "" : NUMBER_WORDS[word] || stem(word);
  }

  // The terms a token is indexed under: a number word under its digits and
  // its stem, another word under its stem, a stop word under none.
  function indexTerms(word, stop) {
    if (stop[word]) return [];
    return NUMBER_WORDS[word] ? [NUMBER_WORDS[word], stem(word)] : [stem(word)];
  }

  // The terms of a query's text.
  function terms(text, stopWords) {
    var stop = wordSet(stopWords);
    return tokens(text)
      .map(function (word) { return queryTerm(word, stop); })
      .filter(Boolean);
  }

  // How well an index term answers a query term: 1 when they are equal; 0.7
  // when the query term has 3 or more characters, is not only digits, and
  // begins the index term (a word being typed); else 0.
  var PREFIX_FACTOR = 0.7;
  function matchFactor(indexed, term) {
    if (indexed === term) return 1;
    if (charCount(term) >= 3 && !/^[0-9]+$/.test(term) && indexed.indexOf(term) === 0) return PREFIX_FACTOR;
    return 0;
  }

  window.casebookSearchText = { tokens: tokens, stem: stem, terms: terms };

  window.Casebook.searchText = {
    wordPattern: wordPattern,
    charCount: charCount,
    firstChars: firstChars,
    wordSet: wordSet,
    token: token,
    tokens: tokens,
    stem: stem,
    indexTerms: indexTerms,
    terms: terms,
    matchFactor: matchFactor
  };
})();
