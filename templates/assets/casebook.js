/* Casebook default theme: the shared part, loaded first.
   Defines window.Casebook, the one object the theme's scripts share (the
   search files add theirs to it). Every casebook-*.js file is a plain
   script loaded with <script defer> in base.mustache, in order, so the site
   works from file:// with no modules and no build step. */
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

  window.Casebook = { each: each, ready: ready };
})();
