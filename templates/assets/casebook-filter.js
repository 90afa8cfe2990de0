/* Table filters: a form[data-filter-table] (hidden until this runs) shows
   only the rows of its table whose data-<select name> equals each chosen
   value, and says how many rows it shows. */
(function () {
  "use strict";

  var each = window.Casebook.each;

  function initTableFilters() {
    each(document.querySelectorAll("form[data-filter-table]"), function (form) {
      var table = document.getElementById(form.getAttribute("data-filter-table"));
      if (!table) return;
      var rows = table.tBodies[0] ? table.tBodies[0].rows : [];
      var count = form.querySelector(".filter-count");
      function apply() {
        var shown = 0;
        each(rows, function (row) {
          var visible = true;
          each(form.querySelectorAll("select"), function (select) {
            if (select.value && row.getAttribute("data-" + select.name) !== select.value) visible = false;
          });
          row.hidden = !visible;
          if (visible) shown++;
        });
        if (count) count.textContent = window.Casebook.text("filter.showing", { shown: shown, total: rows.length });
      }
      form.addEventListener("change", apply);
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      form.hidden = false;
      apply();
    });
  }

  window.Casebook.ready(initTableFilters);
})();
