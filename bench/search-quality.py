#!/usr/bin/env python3
"""Search quality on the sample content: for realistic staff queries, the rank of the first
right answer on the staff site's results page, and how many pages it lists as matching
every word (the rest, when shown apart, after them).

usage: bench/search-quality.py CASEBOOK [RESULTS.json]
  CASEBOOK      the casebook binary to build content/ with
  RESULTS.json  where to write the ranks (default: print only); give two runs' files to
                --table BEFORE.json AFTER.json to print them side by side.
Needs: selenium, chromium, chromium-driver (scripts/install-deps --browser).
"""

import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

REPOSITORY = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY / "Tests" / "Browser"))
import browser  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

PLAN = ["Customer-set payment plan", "Can I set up a payment plan?", "Offering a customer-set payment plan"]
REFUND_TIMING = ["How long does a refund or credit take?"]
BEREAVEMENT = ["Bereavement and serious illness return extension"]

# Query -> the pages that answer it (any one of them is a right answer).
QUERIES = [
    ("waive late fee", ["Late fee waiver"]),
    ("how much can an agent approve", ["Authority limits"]),
    ("agent limit $25", ["Authority limits"]),
    ("refund 5 business days", REFUND_TIMING),
    ("ten business days refund", REFUND_TIMING),
    ("money back how long", REFUND_TIMING),
    ("reimbursement to card", REFUND_TIMING),
    ("customer died return", BEREAVEMENT),
    ("return after 180 days", BEREAVEMENT),
    ("extend return window after a death", BEREAVEMENT),
    ("payment plan 6 months", PLAN),
    ("six month payment plan", PLAN),
    ("pay in installments", PLAN),
    ("two associates approve $40 credit", ["Peer approval"]),
    ("peer approval 50", ["Peer approval"]),
    ("decline a request", ["Denying with an alternative", "What if my request is denied?"]),
    ("portal down late payment", ["Waiving a late fee after an outage"]),
    ("who approves an exception", ["Approval workflow"]),
    ("customer asks for exceptions too often", ["Preventing abuse"]),
    ("what would be fair", ["Asking what would be fair"]),
    ("missed appointment", ["What happens if a delivery or appointment is missed?"]),
    ("third exception", ["Authority limits", "Preventing abuse"]),
    ("script to grant an exception", ["Granting an exception"]),
    ("5 step approach", ["The five-step approach"]),
    ("forgive a fee", ["Late fee waiver", "Waiving a late fee after an outage"]),
    ("money back", REFUND_TIMING),
    ("reimburse the customer", REFUND_TIMING),
    ("write off a late fee", ["Late fee waiver", "Waiving a late fee after an outage"]),
    ("funeral", BEREAVEMENT),
    ("eighteen month plan", ["Authority limits", "Customer-set payment plan"]),
    ("ninety days after delivery", BEREAVEMENT + ["Authority limits"]),
    ("2 business days returned item", REFUND_TIMING),
    ("fourteen business days check", REFUND_TIMING),
    ("second waiver", ["Late fee waiver"]),
    ("twelve months same category", ["Preventing abuse", "Authority limits"]),
    ("30 day return window", ["Returns and exchanges"]),
]


def ranks(casebook):
    output = pathlib.Path(tempfile.mkdtemp(prefix="casebook-quality-"))
    try:
        subprocess.run([casebook, "build", "--root", str(REPOSITORY), "--output", str(output), "--no-history"],
                       check=True, stdout=subprocess.DEVNULL)
        driver = browser.chromium()
        rows = {}
        try:
            for query, answers in QUERIES:
                url = (output / "internal" / "search" / "index.html").as_uri() + "?q=" + urllib.parse.quote_plus(query)
                driver.get(url)
                WebDriverWait(driver, 20).until(
                    lambda d: d.find_elements(By.CSS_SELECTOR, "[data-search-page] .search-result")
                    or d.find_element(By.CSS_SELECTOR, "#search-page-status").text.startswith("No"))
                driver.execute_async_script("var done = arguments[0]; setTimeout(done, 200);")
                titles = [e.get_attribute("textContent") for e in
                          driver.find_elements(By.CSS_SELECTOR, "[data-search-page] .search-result-title")]
                full = len(driver.find_elements(By.CSS_SELECTOR, "#search-page-results .search-result"))
                rank = next((i + 1 for i, title in enumerate(titles) if title in answers), None)
                rows[query] = {"rank": rank, "listed": len(titles), "full": full, "top": titles[:3]}
        finally:
            driver.quit()
        return rows
    finally:
        shutil.rmtree(output, ignore_errors=True)


def table(before_path, after_path):
    before = json.loads(pathlib.Path(before_path).read_text())
    after = json.loads(pathlib.Path(after_path).read_text())
    print("| query | right answer | rank before | rank after | pages listed before | all words after (some words) |")
    print("|---|---|---|---|---|---|")
    for query, answers in QUERIES:
        b, a = before.get(query, {}), after.get(query, {})
        show = lambda r: "—" if r is None else str(r)  # noqa: E731
        print(f"| {query} | {' / '.join(answers)} | {show(b.get('rank'))} | {show(a.get('rank'))} "
              f"| {b.get('listed', '')} | {a.get('full', '')} ({a.get('listed', 0) - a.get('full', 0)}) |")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--table":
        table(sys.argv[2], sys.argv[3])
    elif len(sys.argv) in (2, 3):
        found = ranks(sys.argv[1])
        text = json.dumps(found, indent=1, ensure_ascii=False)
        if len(sys.argv) == 3:
            pathlib.Path(sys.argv[2]).write_text(text + "\n")
        print(text)
    else:
        sys.exit(__doc__)
