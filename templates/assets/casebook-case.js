/* One case across pages (staff site). Values typed into a script's fill-in
   fields (input.fill-in[data-field]) and into the case note form
   ([data-note-field]) are kept in the tab's session storage, so they follow
   the agent to every other script and policy page of the same case; "New
   case" ([data-new-case]) clears them. The case note ([data-case-note])
   shows a plain-text note for the ticket: its fields, then one line for each
   policy ([data-note-policy]), copied with [data-copy-note]. */
(function () {
  "use strict";

  var each = window.Casebook.each;
  var words = window.Casebook.text;
  var PREFIX = "casebook-case:";

  function store() {
    try { return window.sessionStorage; } catch (e) { return null; }
  }

  function keyOf(element) {
    if (element.hasAttribute("data-field")) return PREFIX + "field:" + element.getAttribute("data-field");
    if (element.hasAttribute("data-note-field")) return PREFIX + "note:" + element.getAttribute("data-note-field");
    return null;
  }

  function caseElements() {
    return document.querySelectorAll("input.fill-in[data-field], [data-note-field]");
  }

  function remember(element) {
    var storage = store();
    var key = keyOf(element);
    if (!storage || !key) return;
    try {
      if (element.value) storage.setItem(key, element.value); else storage.removeItem(key);
    } catch (e) { /* storage full or refused: the page still works without it */ }
  }

  // Fills the fields from the case; one input event per fill-in name lets the
  // fill-in script copy the value to the field's other places and size them.
  function restore() {
    var storage = store();
    if (!storage) return;
    var announced = {};
    each(caseElements(), function (element) {
      var value = storage.getItem(keyOf(element));
      if (value === null || element.value === value) return;
      element.value = value;
      var key = keyOf(element);
      if (!announced[key]) {
        announced[key] = true;
        element.dispatchEvent(new Event("input", { bubbles: true }));
      }
    });
  }

  function newCase(button) {
    var storage = store();
    if (storage) {
      var keys = [];
      for (var i = 0; i < storage.length; i++) {
        var key = storage.key(i);
        if (key && key.indexOf(PREFIX) === 0) keys.push(key);
      }
      keys.forEach(function (key) { storage.removeItem(key); });
    }
    each(caseElements(), function (element) {
      if (!element.value) return;
      element.value = "";
      element.dispatchEvent(new Event("input", { bubbles: true }));
    });
    var status = button.parentNode.querySelector("[role=status]");
    if (status) window.Casebook.announce(status, words("case.newCase"));
  }

  function noteText(note) {
    var preview = note.querySelector("[data-note-preview]");
    var lines = [preview.getAttribute("data-note-title") || words("case.noteTitle")];
    each(note.querySelectorAll("[data-note-field]"), function (field) {
      lines.push(field.getAttribute("data-note-field") + ": " + (field.value.trim() || "-"));
    });
    each(note.querySelectorAll("[data-note-policy]"), function (policy) {
      lines.push(policy.getAttribute("data-note-policy"));
    });
    return lines.join("\n");
  }

  function refreshNotes() {
    each(document.querySelectorAll("[data-case-note]"), function (note) {
      note.querySelector("[data-note-preview]").textContent = noteText(note);
    });
  }

  window.Casebook.ready(function () {
    document.addEventListener("input", function (event) {
      var target = event.target;
      if (!target || !target.matches || !target.matches("input.fill-in[data-field], [data-note-field]")) return;
      remember(target);
      if (target.hasAttribute("data-note-field")) refreshNotes();
    });
    document.addEventListener("change", function (event) {
      var target = event.target;
      if (target && target.matches && target.matches("select[data-note-field]")) { remember(target); refreshNotes(); }
    });
    document.addEventListener("click", function (event) {
      var target = event.target;
      if (!target || !target.closest) return;
      var reset = target.closest("[data-new-case]");
      if (reset) { newCase(reset); refreshNotes(); return; }
      var copy = target.closest("[data-copy-note]");
      if (copy) {
        var note = copy.closest("[data-case-note]");
        var status = copy.parentNode.querySelector("[role=status]");
        window.Casebook.copyText(noteText(note), function (ok) {
          if (status) window.Casebook.announce(status, words(ok ? "case.noteCopied" : "case.noteFailed"));
        });
      }
    });
    restore();
    refreshNotes();
  });
})();
