#!/usr/bin/env python3
"""Search beside Pagefind, in one run, on gen_corpus.py corpora: index size, bytes a first
and a typical query download (script included), and time from keystroke to results.

Both sites are served by one local HTTP server (no compression), each measured in headless
Chromium from its Resource Timing entries (encodedBodySize). Casebook is driven through its
search box, as a reader would (the time includes the box's 100 ms typing pause, reported
separately); Pagefind through its JavaScript API (`pagefind.search` and each of the top
8 results' `data()`), which is what its own UI calls.

usage: bench/search-bench.py [SIZES...]     (default 1000 10000)
Environment: CORPORA (default /tmp/cb-bench-corpus), SCRATCH (default /tmp/cb-bench-build),
RUNS (default 5; medians of the times), SHARED (default ../shared).
Needs: selenium, chromium, chromium-driver (scripts/install-deps --browser), pagefind-bin (PyPI).
"""

import os
import pathlib
import shutil
import statistics
import subprocess
import sys

REPOSITORY = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY / "Tests" / "Browser"))
import browser  # noqa: E402

SHARED = pathlib.Path(os.environ.get("SHARED", REPOSITORY.parent / "shared"))
CORPORA = pathlib.Path(os.environ.get("CORPORA", "/tmp/cb-bench-corpus"))
SCRATCH = pathlib.Path(os.environ.get("SCRATCH", "/tmp/cb-bench-build"))
RUNS = int(os.environ.get("RUNS", "5"))
FIRST_QUERY = "waive fee"
TYPICAL_QUERY = "goodwill credit"

CASEBOOK_QUERY = """
var query = arguments[0], done = arguments[arguments.length - 1];
var box = document.querySelector('#site-search-input');
var status = document.querySelector('#site-search-status');
var previous = status.textContent + '|' + (document.querySelector('#site-search-listbox') || {}).innerHTML;
var start = performance.now();
var observer = new MutationObserver(function () {
  var now = status.textContent + '|' + (document.querySelector('#site-search-listbox') || {}).innerHTML;
  if (now !== previous && /result/.test(status.textContent) && document.querySelector('#site-search-listbox .search-result-snippet')) {
    observer.disconnect();
    done(performance.now() - start);
  }
});
observer.observe(document.querySelector('.site-search'), { childList: true, subtree: true, characterData: true });
box.focus();
box.value = query;
box.dispatchEvent(new Event('input', { bubbles: true }));
"""

PAGEFIND_QUERY = """
var query = arguments[0], done = arguments[arguments.length - 1];
var start = performance.now();
(window.pf ? Promise.resolve(window.pf) : import(new URL('../../pagefind/pagefind.js', location.href).href).then(function (pf) { window.pf = pf; return pf.init().then(function () { return pf; }); }))
  .then(function (pf) { return pf.search(query); })
  .then(function (search) { return Promise.all(search.results.slice(0, 8).map(function (r) { return r.data(); })).then(function () { return search.results.length; }); })
  .then(function (count) { done([performance.now() - start, count]); })
  .catch(function (error) { done(['error', String(error)]); });
"""


def run(command, **kwargs):
    return subprocess.run(command, check=True, **kwargs)


def folder_bytes(folder):
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def served(server, prefix):
    """Bytes the server sent for paths under `prefix` since the last call (workers' requests too)."""
    total = sum(size for path, size in server.served if path.startswith(prefix))
    server.served.clear()
    return total


def measure(driver, server, url, script, first, typical, prefix):
    """(first query bytes, typical query bytes, first result, typical result) from one page load, cache off."""
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    driver.get(url)
    served(server, prefix)
    first_result = driver.execute_async_script(script, first)
    first_bytes = served(server, prefix)
    typical_result = driver.execute_async_script(script, typical)
    return first_bytes, served(server, prefix), first_result, typical_result


def main(sizes):
    run(["swift", "build", "-c", "release", "--product", "casebook", "--scratch-path", str(SCRATCH)],
        cwd=REPOSITORY, stdout=subprocess.DEVNULL)
    casebook = SCRATCH / "release" / "casebook"
    pagefind = [sys.executable, "-m", "pagefind_bin"]
    rows = []
    for size in sizes:
        corpus = CORPORA / str(size)
        if not (corpus / "content").exists():
            run([sys.executable, str(SHARED / "bench" / "gen_corpus.py"), str(corpus), str(size)], stdout=subprocess.DEVNULL)
        site = pathlib.Path(f"/tmp/cb-search-bench-{size}")
        shutil.rmtree(site, ignore_errors=True)
        run([str(casebook), "build", "--root", str(corpus), "--output", str(site / "casebook"), "--no-history"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        public = site / "casebook" / "public"
        pagefind_site = site / "pagefind-site"
        shutil.copytree(public, pagefind_site, ignore=shutil.ignore_patterns("search"))
        run(pagefind + ["--site", str(pagefind_site)], stdout=subprocess.DEVNULL)

        server = browser.StaticServer(site)
        driver = browser.chromium()
        try:
            page = "policies/" + sorted(p.name for p in (public / "policies").iterdir() if p.is_dir())[0] + "/index.html"
            base = f"{server.origin}"
            samples = {"casebook": [], "pagefind": []}
            for _ in range(RUNS):
                samples["casebook"].append(measure(driver, server, f"{base}/casebook/public/{page}", CASEBOOK_QUERY,
                                                   FIRST_QUERY, TYPICAL_QUERY, "/casebook/public/search/"))
                samples["pagefind"].append(measure(driver, server, f"{base}/pagefind-site/{page}", PAGEFIND_QUERY,
                                                   FIRST_QUERY, TYPICAL_QUERY, "/pagefind-site/pagefind/"))
        finally:
            driver.quit()
            server.stop()

        theme_scripts = sum(path.stat().st_size for path in (public / "assets").glob("*.js"))
        for tool, runs in samples.items():
            first_bytes, typical_bytes = runs[-1][0], runs[-1][1]
            if tool == "casebook":
                index = folder_bytes(public / "search")
                # The theme's scripts are part of every page (assets/*.js); count them with the first query.
                first_bytes += theme_scripts
                first_ms = statistics.median(r[2] for r in runs)
                typical_ms = statistics.median(r[3] for r in runs)
            else:
                index = folder_bytes(pagefind_site / "pagefind")
                first_ms = statistics.median(r[2][0] for r in runs)
                typical_ms = statistics.median(r[3][0] for r in runs)
            rows.append((size, tool, index, first_bytes, typical_bytes, first_ms, typical_ms))

    print(f"first query '{FIRST_QUERY}', then '{TYPICAL_QUERY}' on the same page; median of {RUNS} runs")
    print("| pages | tool | index, total | first query downloads | typical query downloads | first query ms | typical query ms |")
    print("|---|---|---|---|---|---|---|")
    for size, tool, index, first_bytes, typical_bytes, first_ms, typical_ms in rows:
        print(f"| {size:,} | {tool} | {index / 1e6:.1f} MB | {first_bytes / 1e3:.0f} KB | {typical_bytes / 1e3:.0f} KB "
              f"| {first_ms:.0f} | {typical_ms:.0f} |")


if __name__ == "__main__":
    main([int(s) for s in sys.argv[1:]] or [1000, 10000])
