#!/usr/bin/env python3
"""Bytes of the search index one query downloads, query by query, on a built public site.

Each query starts from a freshly loaded page with the browser cache off, so it pays for the
manifest, its shards and the document buckets of what it shows: in the search box (the
first 8 results, as a reader typing sees them) and on the results page (the first 50).
Only files under search/ are counted (on the results page, its own search/index.html too):
the theme's scripts (assets/*.js) are part of every page, and their size is printed once
beside the table.

usage: bench/search-bytes.py CASEBOOK CORPUS [OUTPUT]
  CASEBOOK  the casebook binary to build with (a release build for large corpora)
  CORPUS    a content repository, e.g. /tmp/cb-bench-corpus/10000 (not modified)
  OUTPUT    where to build (default /tmp/cb-search-bytes); deleted first
Environment: QUERIES, one query a line, replaces the default list.
Needs: selenium, chromium, chromium-driver (scripts/install-deps --browser).
"""

import os
import pathlib
import shutil
import subprocess
import sys
import urllib.parse

REPOSITORY = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY / "Tests" / "Browser"))
import browser  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

QUERIES = ["waive fee", "goodwill credit", "refund window", "supervisor approval limit",
           "escalate fraud", "late delivery outage credit", "policy 5", "team 1"]

# Resolves with the status text once the box shows results (or says there are none).
BOX_QUERY = """
var query = arguments[0], done = arguments[arguments.length - 1];
var box = document.querySelector('#site-search-input');
var status = document.querySelector('#site-search-status');
var observer = new MutationObserver(function () {
  var text = status.textContent;
  if (/No results/.test(text) || (/result|some of them/.test(text) && document.querySelector('#site-search-listbox .search-result-snippet'))) {
    observer.disconnect();
    done(text);
  }
});
observer.observe(document.querySelector('.site-search'), { childList: true, subtree: true, characterData: true });
box.focus();
box.value = query;
box.dispatchEvent(new Event('input', { bubbles: true }));
"""


def served(server, prefix):
    """Bytes the server sent for paths under `prefix` since the last call."""
    total = sum(size for path, size in server.served if path.startswith(prefix))
    server.served.clear()
    return total


def main(casebook, corpus, output):
    shutil.rmtree(output, ignore_errors=True)
    subprocess.run([casebook, "build", "--root", str(corpus), "--output", str(output), "--no-history"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    public = output / "public"
    queries = [line for line in os.environ.get("QUERIES", "").splitlines() if line.strip()] or QUERIES
    page = "policies/" + sorted(p.name for p in (public / "policies").iterdir() if p.is_dir())[0] + "/index.html"
    server = browser.StaticServer(output)
    driver = browser.chromium()
    rows = []
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        for query in queries:
            driver.get(f"{server.origin}/public/{page}")
            served(server, "/public/search/")
            status = driver.execute_async_script(BOX_QUERY, query)
            box = served(server, "/public/search/")
            driver.get(f"{server.origin}/public/search/index.html?q={urllib.parse.quote_plus(query)}")
            WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, "[data-search-page] .search-result")
                                            or d.find_element(By.CSS_SELECTOR, "#search-page-status").text.startswith("No"))
            driver.execute_async_script("var done = arguments[0]; setTimeout(done, 500);")
            results_page = served(server, "/public/search/")
            rows.append((query, status, box, results_page))
    finally:
        driver.quit()
        server.stop()
    scripts = sum(path.stat().st_size for path in (public / "assets").glob("*.js"))
    index = sum(f.stat().st_size for f in (public / "search").rglob("*") if f.is_file())
    print(f"{corpus}: index {index / 1e6:.1f} MB; theme scripts {scripts / 1e3:.1f} KB (not counted below)")
    print("| query | box says | search box downloads | results page downloads |")
    print("|---|---|---|---|")
    for query, status, box, results_page in rows:
        print(f"| {query} | {status} | {box / 1e3:.1f} KB | {results_page / 1e3:.1f} KB |")
    print(f"| mean | | {sum(r[2] for r in rows) / len(rows) / 1e3:.1f} KB | {sum(r[3] for r in rows) / len(rows) / 1e3:.1f} KB |")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3] if len(sys.argv) > 3 else "/tmp/cb-search-bytes"))
