/* The approval calculator: type an amount, see who may approve it, for each
   situation the limits name. A form [data-approval-calculator] reads the
   limits in its [data-calculator-scope] (a policy's authority table), or, when
   it has a select[data-calculator-row], in the chosen tr[data-calculator-row]
   of the authority page. A limit is any element with data-role, data-limit and
   data-situation, and either data-amount with data-unit ("$", "day", ...) or
   data-unlimited; limits marked data-overridden are set aside. Limits are in
   the writer's order, least authority first, so the first one that covers the
   amount names who may approve it. */
(function () {
  "use strict";

  var each = window.Casebook.each;
  var words = window.Casebook.text;
  var CURRENCY = /^[$€£¥]$/;

  // "$40", "40.50", "1,200", "10 days" -> { amount, unit, shown } (unit null: currency).
  function parseAmount(text) {
    var match = /^\s*([$€£¥])?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*([A-Za-z%]*)\s*$/.exec(text);
    if (!match) return null;
    var unit = match[3] ? match[3].toLowerCase().replace(/(.)s$/, "$1") : (match[1] || null);
    return { amount: parseFloat(match[2].replace(/,/g, "")), unit: unit, shown: text.trim() };
  }

  function covers(limit, wanted) {
    if (limit.hasAttribute("data-unlimited")) return true;
    var unit = limit.getAttribute("data-unit");
    var amount = parseFloat(limit.getAttribute("data-amount"));
    if (unit === null || isNaN(amount)) return false;
    var sameUnit = wanted.unit === null || CURRENCY.test(wanted.unit) ? CURRENCY.test(unit) : wanted.unit === unit;
    return sameUnit && amount >= wanted.amount;
  }

  // One line per situation: who may approve, or that nobody listed may.
  function answer(container, wanted) {
    var situations = [];
    var bySituation = {};
    each(container.querySelectorAll("[data-role][data-limit]"), function (limit) {
      if (limit.hasAttribute("data-overridden")) return;
      var situation = limit.getAttribute("data-situation") || "";
      if (!bySituation[situation]) { bySituation[situation] = []; situations.push(situation); }
      bySituation[situation].push(limit);
    });
    situations.sort(function (a, b) { return (a === "") - (b === ""); });
    var hasSituations = situations.length > 1 || (situations.length === 1 && situations[0] !== "");
    return situations.map(function (situation) {
      var limits = bySituation[situation];
      var found = null;
      for (var i = 0; i < limits.length && !found; i++) if (covers(limits[i], wanted)) found = limits[i];
      var lead = situation ? words("calculator.situation", { situation: situation }) : (hasSituations ? words("calculator.otherwise") : "");
      if (!found) {
        var last = limits[limits.length - 1];
        return words("calculator.nobody", { lead: lead, amount: wanted.shown, role: last.getAttribute("data-role"),
          limit: last.getAttribute("data-limit") });
      }
      return words("calculator.approves", { lead: lead, role: found.getAttribute("data-role"), amount: wanted.shown,
        limit: found.getAttribute("data-limit") });
    });
  }

  function initCalculator(form) {
    var scope = form.closest("[data-calculator-scope]") || document;
    var input = form.querySelector("[data-calculator-amount]");
    var output = form.querySelector("[data-calculator-answer]");
    var select = form.querySelector("select[data-calculator-row]");
    var rows = scope.querySelectorAll("tr[data-calculator-row]");
    if (!input || !output || !scope.querySelector("[data-role][data-limit]")) return;
    form.hidden = false;

    function container() {
      return select ? rows[select.selectedIndex] || scope : scope;
    }

    function update() {
      output.textContent = "";
      if (!input.value.trim()) return;
      var wanted = parseAmount(input.value);
      if (!wanted) { output.textContent = words("calculator.typeAmount"); return; }
      var lines = answer(container(), wanted);
      if (!lines.length) { output.textContent = words("calculator.noLimits"); return; }
      lines.forEach(function (line) {
        var span = document.createElement("span");
        span.className = "calculator-line";
        span.textContent = line;
        output.appendChild(span);
      });
    }

    form.addEventListener("submit", function (event) { event.preventDefault(); });
    input.addEventListener("input", update);
    if (select) select.addEventListener("change", update);
  }

  window.Casebook.ready(function () {
    each(document.querySelectorAll("form[data-approval-calculator]"), initCalculator);
  });
})();
