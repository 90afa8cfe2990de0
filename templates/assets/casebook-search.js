/* Search on the page: the search box in the header (an ARIA combobox with
   results as you type) and the results page (search/index.html?q=…&type=…),
   with snippets around the matched words. Pages that match every word of the
   query come first; those that match only some are shown apart, after them,
   under their own label. The results page filters by page type. Except on the
   results page, nothing of the index loads until the search box is focused or
   typed in. */
(function () {
  "use strict";

  var searchText = window.Casebook.searchText;
  var wordPattern = searchText.wordPattern;
  var wordSet = searchText.wordSet;
  var token = searchText.token;
  var termOf = window.Casebook.searchIndex.termOf;
  var setIndexRoot = window.Casebook.searchIndex.setRoot;
  var loadManifest = window.Casebook.searchIndex.loadManifest;
  var searchIndex = window.Casebook.searchIndex.search;
  var loadDocuments = window.Casebook.searchIndex.loadDocuments;
  var words = window.Casebook.text;

  var SEARCH_DROPDOWN_SIZE = 8;
  var SEARCH_PAGE_SIZE = 50;
  var SEARCH_SNIPPET_LENGTH = 160;
  var SEARCH_DELAY = 100; // ms after the last keystroke

  var searchRoot = "";

  /* Snippets: text around the densest cluster of matched words. */

  // The words of text whose term the query matched (marks: index term ->
  // query word), each with the query word it answers.
  function wordMatches(text, marks, stop) {
    var ranges = [];
    var pattern = wordPattern();
    var m;
    while ((m = pattern.exec(text))) {
      var word = token(m[0]);
      if (!word || stop[word]) continue;
      var term = termOf(word);
      if (term in marks) ranges.push({ start: m.index, end: m.index + m[0].length, term: marks[term] });
    }
    return ranges;
  }

  function densestCluster(ranges, length) {
    var best = null;
    for (var i = 0; i < ranges.length; i++) {
      var seen = Object.create(null);
      var distinct = 0;
      var count = 0;
      var end = ranges[i].end;
      for (var j = i; j < ranges.length && (j === i || ranges[j].end - ranges[i].start <= length); j++) {
        count++;
        end = ranges[j].end;
        if (!seen[ranges[j].term]) { seen[ranges[j].term] = true; distinct++; }
      }
      var score = distinct * 1000 + count;
      if (!best || score > best.score) best = { score: score, start: ranges[i].start, end: end };
    }
    return best;
  }

  function isSpace(ch) {
    return /\s/.test(ch);
  }

  // Picks about `length` characters of text around [from, to), cut at spaces.
  function windowAround(text, from, to, length) {
    if (text.length <= length) return { start: 0, end: text.length };
    var slack = Math.max(0, length - (to - from));
    var start = Math.max(0, from - Math.floor(slack / 3));
    var end = Math.min(text.length, Math.max(to, start + length));
    start = Math.max(0, Math.min(start, end - length));
    if (start > 0 && !isSpace(text.charAt(start - 1))) {
      var space = text.indexOf(" ", start);
      if (space >= 0 && space < from) start = space + 1;
    }
    if (end < text.length && !isSpace(text.charAt(end))) {
      var back = text.lastIndexOf(" ", end);
      if (back >= to) end = back;
    }
    while (start < end && isSpace(text.charAt(start))) start++;
    while (end > start && isSpace(text.charAt(end - 1))) end--;
    return { start: start, end: end };
  }

  // Returns a list of { text, mark } pieces.
  function excerpt(text, marks, stop, requireMatch) {
    var ranges = wordMatches(text, marks, stop);
    if (!ranges.length && requireMatch) return null;
    var cluster = ranges.length ? densestCluster(ranges, SEARCH_SNIPPET_LENGTH) : { start: 0, end: 0 };
    var span = windowAround(text, cluster.start, cluster.end, SEARCH_SNIPPET_LENGTH);
    var pieces = [];
    var at = span.start;
    if (span.start > 0) pieces.push({ text: "…", mark: false });
    ranges.forEach(function (range) {
      if (range.start < at || range.end > span.end) return;
      if (range.start > at) pieces.push({ text: text.slice(at, range.start), mark: false });
      pieces.push({ text: text.slice(range.start, range.end), mark: true });
      at = range.end;
    });
    if (span.end > at) pieces.push({ text: text.slice(at, span.end), mark: false });
    if (span.end < text.length) pieces.push({ text: "…", mark: false });
    return pieces;
  }

  function snippet(record, outcome) {
    var stop = wordSet(outcome.stopWords);
    var marks = outcome.marks;
    return excerpt(record.text, marks, stop, true) ||
      (record.summary ? excerpt(record.summary, marks, stop, false) : null) ||
      excerpt(record.text, marks, stop, false);
  }

  /* Rendering (all index data is text: only textContent is ever set). */

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  function appendPieces(parent, pieces) {
    pieces.forEach(function (piece) {
      parent.appendChild(piece.mark ? element("mark", "", piece.text) : document.createTextNode(piece.text));
    });
  }

  function resultMeta(tag, record) {
    var meta = element(tag, "search-result-meta");
    if (record.typeLabel) meta.appendChild(element("span", "type-label search-result-type", record.typeLabel));
    if (record.typeLabel && record.categories) meta.appendChild(document.createTextNode(" "));
    if (record.categories) meta.appendChild(element("span", "search-result-categories", record.categories));
    return meta;
  }

  // Dropdown option: the whole option is one link, and the link is the option
  // (an option may not hold a link of its own); the list item is only a wrapper.
  function optionItem(record, outcome, id) {
    var item = element("li", "search-result");
    item.setAttribute("role", "presentation");
    var link = element("a", "search-result-link");
    link.id = id;
    link.setAttribute("role", "option");
    link.setAttribute("aria-selected", "false");
    link.href = searchRoot + record.url;
    link.tabIndex = -1;
    link.appendChild(element("span", "search-result-title", record.title));
    if (record.typeLabel || record.categories) link.appendChild(resultMeta("span", record));
    var text = element("span", "search-result-snippet");
    appendPieces(text, snippet(record, outcome));
    link.appendChild(text);
    item.appendChild(link);
    return item;
  }

  // Results page item: a heading link (h2, or h3 under the heading of the
  // pages that match some words), then type, categories and snippet.
  function pageItem(record, outcome, headingTag) {
    var item = element("li", "search-result");
    var heading = element(headingTag, "search-result-title");
    var link = element("a", "search-result-link", record.title);
    link.href = searchRoot + record.url;
    heading.appendChild(link);
    item.appendChild(heading);
    if (record.typeLabel || record.categories) item.appendChild(resultMeta("p", record));
    var text = element("p", "search-result-snippet");
    appendPieces(text, snippet(record, outcome));
    item.appendChild(text);
    return item;
  }

  function quoted(query) {
    return words("search.quoted", { query: query.replace(/\s+/g, " ").trim() });
  }

  function fullCount(results) {
    return results.filter(function (result) { return result.full; }).length;
  }

  // "3 results", "3 results, 2 more with some of the words", or, when no page
  // has every word, "No page has every word; 2 have some of them"; with
  // `query`, "3 results for “query”" and so on.
  function outcomeLabel(results, query) {
    var full = fullCount(results);
    var partial = results.length - full;
    var quotedQuery = query ? quoted(query) : "";
    if (!full) return words(query ? "search.onlyPartialFor" : "search.onlyPartial", { count: partial, query: quotedQuery });
    return words(query ? "search.resultsFor" : "search.results", { count: full, query: quotedQuery }) +
      (partial ? words("search.alsoPartial", { count: partial }) : "");
  }

  // The search box's labelled group of options for pages that match some
  // words (the results page has its own in search.mustache).
  function partialGroup(id, options) {
    var group = element("li", "search-partial");
    group.setAttribute("role", "group");
    group.setAttribute("aria-labelledby", id);
    var label = element("span", "search-partial-label", words("search.partialLabel"));
    label.id = id;
    label.setAttribute("aria-hidden", "true");
    var inner = element("ul", "search-partial-results");
    inner.setAttribute("role", "presentation");
    options.forEach(function (option) { inner.appendChild(option); });
    group.appendChild(label);
    group.appendChild(inner);
    return group;
  }

  function resultsPageURL(form, query) {
    var action = form.getAttribute("action") || "";
    return action + "?q=" + encodeURIComponent(query.trim()).replace(/%20/g, "+");
  }

  /* The search box: an ARIA combobox with a listbox of results. */

  function initSearchBox(form) {
    var input = form.querySelector('input[name="q"]');
    var listbox = form.querySelector(".site-search-results");
    var status = form.querySelector(".site-search-status");
    var popup = form.querySelector(".site-search-popup");
    if (!input || !listbox || !status || !popup) return;
    var allBar = form.querySelector(".site-search-all");
    var allLink = allBar && allBar.querySelector("a");
    if (!listbox.id) listbox.id = "site-search-listbox";

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);

    var options = [];
    var active = -1;
    var open = false;
    var timer = null;
    var generation = 0;
    var shownQuery = null;

    function startLoading() {
      loadManifest(function () {});
    }

    function refresh() {
      var hasContent = options.length > 0 || status.textContent !== "";
      form.classList.toggle("is-open", open && hasContent);
      listbox.hidden = !(open && options.length);
      input.setAttribute("aria-expanded", listbox.hidden ? "false" : "true");
    }

    function setActive(index) {
      active = index;
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
        option.classList.toggle("is-active", i === index);
      });
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        if (options[index].scrollIntoView) options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function setOpen(value) {
      open = value;
      if (!value) setActive(-1);
      refresh();
    }

    // Shows the options of pages that match every word, then, in a labelled
    // group, those of pages that match some.
    function show(message, items, partialItems, total, query) {
      listbox.textContent = "";
      options = items.concat(partialItems).map(function (item) { return item.firstChild; });
      items.forEach(function (item) { listbox.appendChild(item); });
      if (partialItems.length) listbox.appendChild(partialGroup(listbox.id + "-partial", partialItems));
      status.textContent = message;
      if (allBar) {
        allBar.hidden = !(total > options.length);
        if (allLink) {
          allLink.href = resultsPageURL(form, query);
          allLink.textContent = words("search.seeAll", { count: total });
        }
      }
      shownQuery = query;
      active = -1;
      input.removeAttribute("aria-activedescendant");
      setOpen(form.contains(document.activeElement));
    }

    function update() {
      timer = null;
      var query = input.value;
      var mine = ++generation;
      if (!query.trim()) {
        show("", [], [], 0, query);
        setOpen(false);
        return;
      }
      searchIndex(query, function (outcome) {
        if (mine !== generation) return;
        if (outcome.state === "unavailable") { show(words("search.unavailable"), [], [], 0, query); return; }
        if (outcome.state === "short") { show(words("search.short"), [], [], 0, query); return; }
        if (!outcome.results.length) { show(words("search.noResults", { query: quoted(query) }), [], [], 0, query); return; }
        var top = outcome.results.slice(0, SEARCH_DROPDOWN_SIZE);
        loadDocuments(top.map(function (r) { return r.doc; }), function (records) {
          if (mine !== generation) return;
          var items = [];
          var partialItems = [];
          records.forEach(function (record, i) {
            if (!record) return;
            var item = optionItem(record, outcome, listbox.id + "-" + (items.length + partialItems.length));
            (top[i].full ? items : partialItems).push(item);
          });
          show(outcomeLabel(outcome.results, ""), items, partialItems, outcome.results.length, query);
        });
      });
    }

    function schedule() {
      startLoading();
      setActive(-1); // Enter now means the new query, not an old option
      if (timer) window.clearTimeout(timer);
      timer = window.setTimeout(update, SEARCH_DELAY);
    }

    function follow(option) {
      if (option && option.href) window.location.href = option.href;
    }

    input.addEventListener("focus", function () {
      startLoading();
      if (shownQuery !== null && shownQuery === input.value && input.value.trim()) setOpen(true);
    });
    input.addEventListener("input", schedule);

    input.addEventListener("keydown", function (event) {
      if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
      var key = event.key;
      if (key === "ArrowDown" || key === "Down" || key === "ArrowUp" || key === "Up") {
        if (!options.length) return;
        event.preventDefault();
        var down = key === "ArrowDown" || key === "Down";
        if (!open) {
          setOpen(true);
          setActive(down ? 0 : options.length - 1);
          return;
        }
        if (down) setActive(active + 1 >= options.length ? 0 : active + 1);
        else setActive(active <= 0 ? options.length - 1 : active - 1);
      } else if (key === "Enter") {
        if (open && active >= 0 && options[active]) {
          event.preventDefault();
          follow(options[active]);
        }
        // Otherwise the form goes to the results page.
      } else if (key === "Escape" || key === "Esc") {
        if (open && form.classList.contains("is-open")) {
          event.preventDefault();
          setOpen(false);
        } else if (input.value) {
          event.preventDefault();
          input.value = "";
          if (timer) { window.clearTimeout(timer); timer = null; }
          generation++;
          show("", [], [], 0, "");
          setOpen(false);
        }
      }
    });

    // Keep focus in the box when the popup is clicked; links still follow.
    popup.addEventListener("mousedown", function (event) { event.preventDefault(); });

    listbox.addEventListener("mousemove", function (event) {
      var option = event.target.closest && event.target.closest('[role="option"]');
      var index = options.indexOf(option);
      if (index >= 0 && index !== active) setActive(index);
    });

    function outside(event) {
      if (open && !form.contains(event.target)) setOpen(false);
    }
    document.addEventListener(window.PointerEvent ? "pointerdown" : "mousedown", outside);
    document.addEventListener("touchstart", outside, { passive: true });
    // Focus leaving the box (Tab, or another window) closes the list; focusing
    // the box again shows it again.
    input.addEventListener("blur", function () { setOpen(false); });

    // Someone may already have focused or typed before this script ran.
    if (document.activeElement === input) startLoading();
  }

  /* The results page: search/index.html?q=… */

  function queryParameter(name) {
    var query = window.location.search.replace(/^\?/, "");
    var parts = query ? query.split("&") : [];
    for (var i = 0; i < parts.length; i++) {
      var pair = parts[i].split("=");
      if (pair[0] !== name) continue;
      var value = (pair.slice(1).join("=") || "").replace(/\+/g, " ");
      try { return decodeURIComponent(value); } catch (e) { return value; }
    }
    return "";
  }

  // The type filter of the results page (a fieldset of radio buttons, one per
  // type, in search.mustache): shows the types the results have, with their
  // counts, when they have two or more, and calls `choose` with the chosen
  // type ("" for all). Returns the type first chosen (from ?type=).
  function initTypeFilter(filter, results, wanted, choose) {
    if (!filter) return "";
    var counts = Object.create(null);
    results.forEach(function (result) { counts[result.type] = (counts[result.type] || 0) + 1; });
    var inputs = Array.prototype.slice.call(filter.querySelectorAll('input[type="radio"]'));
    var present = 0;
    var chosen = "";
    inputs.forEach(function (input) {
      var count = input.value ? counts[input.value] || 0 : results.length;
      var label = input.closest("label") || input.parentNode;
      var shown = label.querySelector(".search-filter-count");
      if (shown) shown.textContent = "(" + count + ")";
      label.hidden = !count;
      if (input.value && count) present++;
      if (input.value === wanted && count) chosen = wanted;
    });
    inputs.forEach(function (input) {
      input.checked = input.value === chosen;
      input.addEventListener("change", function () { if (input.checked) choose(input.value); });
    });
    filter.hidden = present < 2;
    return chosen;
  }

  function typeName(filter, type) {
    var input = type && filter && filter.querySelector('input[type="radio"][value="' + type + '"]');
    var name = input && (input.closest("label") || input.parentNode).querySelector(".search-filter-name");
    return name ? name.textContent : type;
  }

  function initResultsPage(page, form) {
    var status = page.querySelector(".search-page-status");
    var list = page.querySelector(".search-page-results");
    var partialSection = page.querySelector(".search-page-partial");
    var partialList = partialSection && partialSection.querySelector(".search-page-results");
    var filter = page.querySelector(".search-filter");
    var more = page.querySelector(".search-more");
    if (!status || !list) return;
    var query = queryParameter("q");
    var input = form && form.querySelector('input[name="q"]');
    if (input) input.value = query;

    if (!query.trim()) {
      status.textContent = words("search.empty");
      if (input) input.focus();
      return;
    }
    document.title = quoted(query) + " \u2013 " + document.title;

    searchIndex(query, function (outcome) {
      if (outcome.state === "unavailable") { status.textContent = words("search.unavailable"); return; }
      if (outcome.state === "short") { status.textContent = words("search.short"); return; }
      var results = outcome.results;
      if (!results.length) { status.textContent = words("search.noResults", { query: quoted(query) }); return; }
      var shown = 0;
      var listed = results;
      var generation = 0;

      function showMore(moveFocus) {
        var mine = generation;
        var batch = listed.slice(shown, shown + SEARCH_PAGE_SIZE);
        shown += batch.length;
        if (more) more.disabled = true;
        loadDocuments(batch.map(function (r) { return r.doc; }), function (records) {
          if (mine !== generation) return;
          var first = null;
          records.forEach(function (record, i) {
            if (!record) return;
            var full = batch[i].full || !partialList;
            var item = pageItem(record, outcome, full ? "h2" : "h3");
            (full ? list : partialList).appendChild(item);
            if (!full) partialSection.hidden = false;
            if (!first) first = item;
          });
          if (more) {
            more.disabled = false;
            more.hidden = shown >= listed.length;
          }
          if (moveFocus && first) first.querySelector("a").focus();
        });
      }

      // Lists the results of one type ("" for all), from the first.
      function show(type) {
        generation++;
        listed = type ? results.filter(function (result) { return result.type === type; }) : results;
        shown = 0;
        list.textContent = "";
        if (partialList) partialList.textContent = "";
        if (partialSection) partialSection.hidden = true;
        status.textContent = outcomeLabel(listed, query) + (type ? " \u2013 " + words("search.typeOnly", { type: typeName(filter, type) }) : "");
        showMore(false);
      }

      function choose(type) {
        var address = "?q=" + encodeURIComponent(query.trim()).replace(/%20/g, "+") + (type ? "&type=" + type : "");
        // Keep the choice in the address where the browser allows it (not always from file://).
        try { window.history.replaceState(null, "", address); } catch (e) { /* the filter still works */ }
        show(type);
      }

      if (more) more.addEventListener("click", function () { showMore(true); });
      show(initTypeFilter(filter, results, queryParameter("type"), choose));
    });
  }

  function initSearch() {
    var form = document.querySelector("form.site-search");
    var page = document.querySelector("[data-search-page]");
    if (!form && !page) return;
    searchRoot = (page && page.getAttribute("data-root")) || (form && form.getAttribute("data-root")) || "";
    setIndexRoot(searchRoot);
    if (form) initSearchBox(form);
    if (page) initResultsPage(page, form);
  }

  window.Casebook.ready(initSearch);
})();
