/// The script `casebook serve` adds to every page it serves (never to built sites): a bar to
/// switch between the staff and the customer view of the page, live reload after each
/// successful rebuild, and an overlay with the diagnostics of a failed one.
enum ServeScript {
    static let path = "/_casebook/serve.js"

    static let source = #"""
    (function () {
      "use strict";
      var me = document.currentScript;
      var audience = me.getAttribute("data-audience");
      var counterpart = me.getAttribute("data-counterpart");
      var counterpartExists = me.getAttribute("data-counterpart-exists") === "true";
      var version = -1;

      function element(tag, attributes, text) {
        var node = document.createElement(tag);
        for (var name in attributes) node.setAttribute(name, attributes[name]);
        if (text) node.textContent = text;
        return node;
      }

      function toggle() {
        var bar = element("nav", { "class": "casebook-serve-bar", "aria-label": "Preview",
          style: "position:fixed;bottom:0;right:0;z-index:1000;display:flex;gap:.5rem;align-items:center;" +
                 "padding:.4rem .75rem;background:#1f2328;color:#fff;font:14px/1.4 system-ui,sans-serif;border-top-left-radius:8px" });
        var views = [["internal", "Staff view"], ["public", "Customer view"]];
        views.forEach(function (view) {
          if (view[0] === audience) {
            bar.appendChild(element("strong", { "aria-current": "page" }, view[1]));
          } else if (counterpartExists) {
            bar.appendChild(element("a", { href: counterpart, style: "color:#9cd0ff" }, view[1]));
          } else {
            bar.appendChild(element("span", { style: "color:#bbb" },
              audience === "internal" ? "Staff only: not on the help center" : "Not on the staff guide"));
          }
        });
        document.body.appendChild(bar);
      }

      function overlay(diagnostics) {
        var old = document.getElementById("casebook-serve-overlay");
        if (old) old.remove();
        if (!diagnostics) return;
        var box = element("div", { id: "casebook-serve-overlay", role: "alertdialog", "aria-label": "Build failed",
          style: "position:fixed;inset:0;z-index:1001;background:rgba(20,20,20,.92);color:#fff;overflow:auto;" +
                 "padding:2rem;font:14px/1.5 ui-monospace,monospace" });
        box.appendChild(element("h2", { style: "font:600 20px system-ui,sans-serif;margin:0 0 1rem;color:#ff8182" },
          "The last change did not build: this is the last good version"));
        box.appendChild(element("pre", { style: "white-space:pre-wrap;margin:0 0 1rem" }, diagnostics.join("\n")));
        var close = element("button", { type: "button" }, "Hide");
        close.addEventListener("click", function () { box.remove(); });
        box.appendChild(close);
        document.body.appendChild(box);
      }

      function watch() {
        var request = new XMLHttpRequest();
        request.open("GET", "/_casebook/status?since=" + version);
        request.onload = function () {
          var status = JSON.parse(request.responseText);
          var first = version < 0;
          var changed = status.version !== version;
          version = status.version;
          if (status.ok && changed && !first) { location.reload(); return; }
          overlay(status.ok ? null : status.diagnostics);
          watch();
        };
        request.onerror = function () { setTimeout(watch, 1000); };
        request.send();
      }

      toggle();
      watch();
    })();
    """#
}
