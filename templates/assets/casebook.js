/* Casebook default theme script.
   Plain script (no modules, no network), works from file://.
   1. Fill-in fields: one value per field name, kept in sync.
   2. "Copy text" buttons on scripts, with fill-ins replaced by their values.
   3. Review-status badges recomputed against today's local date.
   4. Table filters (governance page): rows shown by owner and status. */
(function () {
  "use strict";

  var DAY = 24 * 60 * 60 * 1000;
  var SOON_DAYS = 30;
  var STATUS_LABELS = { overdue: "Overdue for review", "due-soon": "Review due soon", current: "Current" };

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function fieldName(input) {
    return input.getAttribute("data-field") || input.getAttribute("aria-label") || "field";
  }

  /* ---------- 1. Fill-in fields ---------- */

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

  /* ---------- 2. Copy text ---------- */

  // Things that are never part of the words to send.
  var SKIP = ".copy-bar, button, .heading-anchor, .callout, .footnotes, .footnote-ref, script, style";
  var BLOCK = /^(P|DIV|BLOCKQUOTE|H[1-6]|SECTION|ARTICLE|DL|DT|DD|HR|FIGURE|FIGCAPTION|ADDRESS)$/;

  function matches(el, selector) {
    var fn = el.matches || el.msMatchesSelector || el.webkitMatchesSelector;
    return fn ? fn.call(el, selector) : false;
  }

  function Collector(empty) {
    this.blocks = [];
    this.buf = "";
    this.empty = empty; // shared list of empty field names, in order
  }

  Collector.prototype.flush = function () {
    var text = this.buf
      .split("\n")
      .map(function (line) { return line.replace(/[ \t\u00a0]+/g, " ").trim(); })
      .join("\n")
      .replace(/^\n+|\n+$/g, "");
    if (text) this.blocks.push(text);
    this.buf = "";
  };

  Collector.prototype.walk = function (node) {
    var self = this;
    each(node.childNodes, function (child) { self.visit(child); });
  };

  Collector.prototype.visit = function (node) {
    if (node.nodeType === 3) {
      this.buf += node.nodeValue.replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== 1 || matches(node, SKIP)) return;
    var tag = node.tagName;
    if (tag === "INPUT") {
      if (node.classList.contains("fill-in")) {
        var name = fieldName(node);
        if (node.value.trim()) {
          this.buf += node.value;
        } else {
          this.buf += "[" + name + "]";
          if (this.empty.indexOf(name) === -1) this.empty.push(name);
        }
      }
      return;
    }
    if (tag === "BR") { this.buf += "\n"; return; }
    if (tag === "PRE") { this.flush(); this.blocks.push(node.textContent.replace(/\n+$/, "")); return; }
    if (tag === "UL" || tag === "OL") { this.flush(); this.list(node); return; }
    if (tag === "TABLE") { this.flush(); this.table(node); return; }
    if (BLOCK.test(tag)) { this.flush(); this.walk(node); this.flush(); return; }
    this.walk(node);
  };

  Collector.prototype.list = function (list) {
    var self = this;
    var lines = [];
    var n = parseInt(list.getAttribute("start") || "1", 10);
    each(list.children, function (li) {
      if (li.tagName !== "LI" || matches(li, SKIP)) return;
      var sub = new Collector(self.empty);
      sub.walk(li);
      sub.flush();
      var marker = list.tagName === "OL" ? (n++) + ". " : "- ";
      var body = sub.blocks.join("\n").replace(/\n/g, "\n   ");
      lines.push(marker + body);
    });
    if (lines.length) this.blocks.push(lines.join("\n"));
  };

  Collector.prototype.table = function (table) {
    var self = this;
    var rows = [];
    each(table.querySelectorAll("tr"), function (tr) {
      var cells = [];
      each(tr.children, function (cell) {
        var sub = new Collector(self.empty);
        sub.walk(cell);
        sub.flush();
        cells.push(sub.blocks.join(" "));
      });
      rows.push(cells.join("\t"));
    });
    if (rows.length) this.blocks.push(rows.join("\n"));
  };

  function textOf(el) {
    var c = new Collector([]);
    c.walk(el);
    c.flush();
    return { text: c.blocks.join("\n\n"), empty: c.empty };
  }

  function legacyCopy(text) {
    var active = document.activeElement;
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.setAttribute("aria-hidden", "true");
    area.style.position = "fixed";
    area.style.top = "0";
    area.style.left = "-9999px";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    if (active && active.focus) active.focus();
    return ok;
  }

  function copyText(text, done) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(
        function () { done(true); },
        function () { done(legacyCopy(text)); }
      );
    } else {
      done(legacyCopy(text));
    }
  }

  function announce(status, message) {
    // Clear first so that the same message is announced again.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
  }

  function resultMessage(ok, empty) {
    if (!ok) return "Could not copy. Select the text and copy it yourself.";
    if (!empty.length) return "Copied.";
    var list = empty.map(function (n) { return "[" + n + "]"; }).join(", ");
    return empty.length === 1
      ? "Copied. 1 field is still empty: " + list + "."
      : "Copied. " + empty.length + " fields are still empty: " + list + ".";
  }

  function addCopyButton(source, insertAfter, parent) {
    var bar = document.createElement("div");
    bar.className = "copy-bar";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy text";
    var status = document.createElement("span");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    bar.appendChild(button);
    bar.appendChild(status);
    if (insertAfter) {
      insertAfter.parentNode.insertBefore(bar, insertAfter.nextSibling);
    } else {
      parent.appendChild(bar);
    }
    button.addEventListener("click", function () {
      var result = textOf(source);
      copyText(result.text, function (ok) {
        announce(status, resultMessage(ok, result.empty));
      });
    });
  }

  function initCopy() {
    each(document.querySelectorAll("[data-script]"), function (script) {
      var quotes = script.querySelectorAll("blockquote.script-text");
      if (quotes.length) {
        each(quotes, function (quote) { addCopyButton(quote, quote, null); });
      } else if (textOf(script).text) {
        addCopyButton(script, null, script);
      }
    });
  }

  /* ---------- 3. Review status ---------- */

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
      el.textContent = STATUS_LABELS[status];
      // A governance table row filters on the status it shows.
      var row = el.closest ? el.closest("tr[data-status]") : null;
      if (row) row.setAttribute("data-status", status);
    });
  }

  /* ---------- 4. Table filters ---------- */

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
        if (count) count.textContent = "Showing " + shown + " of " + rows.length;
      }
      form.addEventListener("change", apply);
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      form.hidden = false;
      apply();
    });
  }

  function init() {
    initFillIns();
    initCopy();
    initReviewStatus();
    initTableFilters();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
