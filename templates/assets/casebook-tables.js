/* Wide tables and code: a .table-wrap whose table, or a <pre> whose lines, are
   wider than the screen scroll sideways, so they must be reachable from the
   keyboard (WCAG 2.1.1). While one overflows it takes a tab stop
   (tabindex="0") and, when its table has a caption, is a region named by it;
   once it fits again both are removed. */
(function () {
  "use strict";

  var each = window.Casebook.each;

  function update() {
    each(document.querySelectorAll(".table-wrap, pre"), function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth) {
        if (wrap.hasAttribute("tabindex")) return;
        wrap.setAttribute("tabindex", "0");
        var caption = wrap.querySelector("caption");
        var name = caption && caption.textContent.replace(/\s+/g, " ").trim();
        if (name) {
          wrap.setAttribute("role", "region");
          wrap.setAttribute("aria-label", name);
        }
      } else if (wrap.hasAttribute("tabindex")) {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    });
  }

  window.Casebook.ready(function () {
    update();
    window.addEventListener("resize", update);
  });
})();
