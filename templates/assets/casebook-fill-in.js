/* Fill-in fields on script pages: typing in an input.fill-in puts the same
   value in every other input.fill-in with the same data-field. Where CSS
   field-sizing is missing, the fields in the script text are sized to their
   text or placeholder. */
(function () {
  "use strict";

  var each = window.Casebook.each;

  function fitInput(input) {
    // Fallback for browsers without CSS field-sizing: size to text or placeholder.
    var text = input.value || input.getAttribute("placeholder") || "";
    input.style.width = Math.max(8, text.length + 2) + "ch";
  }

  function initFillIns() {
    var inputs = document.querySelectorAll("[data-script] input.fill-in");
    if (!document.querySelector("input.fill-in")) return;
    var needsFit = !(window.CSS && CSS.supports && CSS.supports("field-sizing", "content"));
    if (needsFit) each(inputs, fitInput);

    document.addEventListener("input", function (event) {
      var source = event.target;
      if (!source.classList || !source.classList.contains("fill-in")) return;
      var name = source.getAttribute("data-field");
      each(document.querySelectorAll("input.fill-in"), function (other) {
        if (other !== source && other.getAttribute("data-field") === name && other.value !== source.value) {
          other.value = source.value;
        }
        if (needsFit && other.getAttribute("data-field") === name && other.closest("[data-script]")) fitInput(other);
      });
    });
  }

  window.Casebook.ready(initFillIns);
})();
