/* Casebook default theme: the shared part, loaded first.
   Defines window.Casebook, the one object the theme's scripts share (the
   search files add theirs to it). Every casebook-*.js file is a plain
   script loaded with <script defer> in base.mustache, in order, so the site
   works from file:// with no modules and no build step. The build writes
   casebook-strings.js, loaded next, which sets Casebook.strings: the words
   of the site's language (the `js` strings of templates/strings/<lang>.yml);
   Casebook.text(key, values) reads them. */
(function () {
  "use strict";

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  // Calls fn once the document has been parsed: at once from a deferred script.
  function ready(fn) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fn);
    } else {
      fn();
    }
  }

  // The words of `key` with each {name} of `values` filled in. A count
  // (values.count, a number) picks the key's "one" form for 1, else its
  // "other" form, and is written for the site's locale. A missing key is
  // shown as itself.
  function text(key, values) {
    var strings = window.Casebook.strings || {};
    var args = {};
    var name;
    for (name in values || {}) args[name] = values[name];
    if (typeof args.count === "number") {
      key += args.count === 1 ? ".one" : ".other";
      args.count = args.count.toLocaleString(strings.locale || undefined);
    }
    var words = strings[key];
    if (typeof words !== "string") return key;
    return words.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(args, name) ? String(args[name]) : whole;
    });
  }

  window.Casebook = { each: each, ready: ready, text: text };
})();
