/* Synonyms at query time: finds the words and phrases of a query that a
   synonym group of casebook.yml names (the manifest's "synonyms", each group a
   list of alternatives, each alternative the query terms of a word or phrase)
   and what else they may be found as. Shared as Casebook.searchSynonyms.spans. */
(function () {
  "use strict";

  // alternative (terms joined by a space) -> the other alternatives of every
  // group it is in.
  function table(groups) {
    var others = Object.create(null);
    var longest = 0;
    (groups || []).forEach(function (group) {
      if (!group || typeof group.length !== "number") return;
      group.forEach(function (alternative) {
        var key = alternative.join(" ");
        longest = Math.max(longest, alternative.length);
        var list = others[key] || (others[key] = []);
        group.forEach(function (other) {
          if (other !== alternative) list.push(other.map(String));
        });
      });
    });
    return { others: others, longest: longest };
  }

  // The spans of queryTerms that a group names, longest first from the left,
  // not overlapping: [{ from, to, alternatives }], terms from..to-1 being the
  // phrase and alternatives what else it may be found as.
  function spans(queryTerms, groups) {
    var synonyms = table(groups);
    var found = [];
    var at = 0;
    while (at < queryTerms.length) {
      var length = Math.min(synonyms.longest, queryTerms.length - at);
      for (; length > 0; length--) {
        var key = queryTerms.slice(at, at + length).join(" ");
        if (synonyms.others[key]) {
          found.push({ from: at, to: at + length, alternatives: synonyms.others[key] });
          break;
        }
      }
      at += Math.max(length, 1);
    }
    return found;
  }

  window.Casebook.searchSynonyms = { spans: spans };
})();
