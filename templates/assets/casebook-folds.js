/* Folds that are for phones only: details.site-menu (the header's menu) and
   details.narrow-fold (a script's policies and fill-in form). They are
   closed in the page; on screens from 44rem wide the stylesheet shows their
   content without a button, and this script also marks them open there, so
   the page's state matches what is shown (to screen readers, and to tools that
   treat a closed <details> as hidden). Back on a narrow screen they fold
   again. */
(function () {
  "use strict";

  var FOLDS = "details.site-menu, details.narrow-fold";

  window.Casebook.ready(function () {
    if (!window.matchMedia) return;
    var wide = window.matchMedia("(min-width: 44rem)");
    function apply() {
      window.Casebook.each(document.querySelectorAll(FOLDS), function (fold) {
        fold.open = wide.matches;
      });
    }
    apply();
    if (wide.addEventListener) wide.addEventListener("change", apply);
  });
})();
