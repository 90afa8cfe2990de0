/* "Copy text" buttons on script pages: one after each blockquote.script-text
   inside [data-script] (or one for the whole script body when it has none),
   and "Copy whole script" at the top when there are several passages: every
   passage, in order, one paragraph each.
   A button copies the words as plain text with the fill-in fields' values,
   an empty field as [field name], and says in a live status what it did. */
(function () {
  "use strict";

  var each = window.Casebook.each;
  var words = window.Casebook.text;

  function fieldName(input) {
    return input.getAttribute("data-field") || input.getAttribute("aria-label") || "field";
  }

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
    if (!ok) return words("copy.failed");
    if (!empty.length) return words("copy.copied");
    var list = empty.map(function (n) { return "[" + n + "]"; }).join(", ");
    return words("copy.stillEmpty", { count: empty.length, fields: list });
  }

  // The words of several passages, one block each, with the empty fields of all of them.
  function textOfAll(sources) {
    var c = new Collector([]);
    each(sources, function (source) { c.walk(source); c.flush(); });
    return { text: c.blocks.join("\n\n"), empty: c.empty };
  }

  // A "Copy" bar; collect() gives the text and the empty fields when the button is pressed.
  function addCopyBar(label, collect, insertAfter, parent, first) {
    var bar = document.createElement("div");
    bar.className = "copy-bar";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = label;
    var status = document.createElement("span");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    bar.appendChild(button);
    bar.appendChild(status);
    if (insertAfter) {
      insertAfter.parentNode.insertBefore(bar, insertAfter.nextSibling);
    } else if (first) {
      parent.insertBefore(bar, parent.firstChild);
    } else {
      parent.appendChild(bar);
    }
    button.addEventListener("click", function () {
      var result = collect();
      copyText(result.text, function (ok) {
        announce(status, resultMessage(ok, result.empty));
      });
    });
    return bar;
  }

  function initCopy() {
    each(document.querySelectorAll("[data-script]"), function (script) {
      var quotes = script.querySelectorAll("blockquote.script-text");
      if (quotes.length > 1) {
        var whole = function () { return textOfAll(quotes); };
        addCopyBar(words("copy.wholeScript"), whole, null, script, true).classList.add("copy-bar-whole");
      }
      if (quotes.length) {
        each(quotes, function (quote) {
          addCopyBar(words("copy.text"), function () { return textOf(quote); }, quote, null, false);
        });
      } else if (textOf(script).text) {
        addCopyBar(words("copy.text"), function () { return textOf(script); }, null, script, false);
      }
    });
  }

  window.Casebook.copyText = copyText;
  window.Casebook.announce = announce;
  window.Casebook.ready(initCopy);
})();
