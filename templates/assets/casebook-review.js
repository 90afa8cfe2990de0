/* Review status: each [data-review-by="YYYY-MM-DD"] badge is set again from
   today's local date (overdue, due within 30 days, or current), and the
   governance table row holding it takes the same data-status. */
(function () {
  "use strict";

  var each = window.Casebook.each;

  var DAY = 24 * 60 * 60 * 1000;
  var SOON_DAYS = 30;
  var STATUS_KEYS = { overdue: "review.overdue", "due-soon": "review.dueSoon", current: "review.current" };

  function parseISODate(value) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || "");
    if (!m) return null;
    return new Date(+m[1], +m[2] - 1, +m[3]); // local midnight
  }

  function initReviewStatus() {
    var now = new Date();
    var today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    each(document.querySelectorAll("[data-review-by]"), function (el) {
      var due = parseISODate(el.getAttribute("data-review-by"));
      if (!due) return;
      var daysLeft = Math.round((due.getTime() - today.getTime()) / DAY);
      var status = daysLeft < 0 ? "overdue" : daysLeft <= SOON_DAYS ? "due-soon" : "current";
      el.setAttribute("data-status", status);
      el.textContent = window.Casebook.text(STATUS_KEYS[status]);
      // A governance table row filters on the status it shows.
      var row = el.closest ? el.closest("tr[data-status]") : null;
      if (row) row.setAttribute("data-status", status);
    });
  }

  window.Casebook.ready(initReviewStatus);
})();
