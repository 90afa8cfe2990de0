"""Shared helpers for the browser tests: a fixture content tree, building it with casebook,
headless Chromium through Selenium, and a static file server for "served under a path"."""

import functools
import http.server
import json
import os
import pathlib
import shutil
import socket
import subprocess
import tempfile
import threading
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
CASEBOOK = os.environ.get("CASEBOOK", str(REPOSITORY / ".build" / "debug" / "casebook"))

# A word that appears only in internal content: inside an [!INTERNAL] callout of a public
# page and on an internal page. The public site must not find it; the staff site must.
INTERNAL_WORD = "zephyrquokka"

FIXTURE = {
    "casebook.yml": "title: Test Co.\npublic:\n  base_url: https://help.test.example/\ndefaults:\n  faq: { audience: public }\n  categories: { audience: public }\n",
    "content/categories/billing-errors.md": "---\ntitle: Billing errors\nsummary: Wrong charges.\n---\nMistakes on a bill.\n",
    "content/policies/late-fee-waiver.md": """---
title: Late fee waiver
summary: When we waive a late fee, once a year.
audience: public
owner: Billing Team
categories: [billing-errors]
---
We waive a late fee once a year when the customer asks.

> [!INTERNAL]
> Code the waiver as %s in the billing tool.

## Limits

One waiver per account per year.
""" % INTERNAL_WORD,
    "content/policies/goodwill-credit.md": """---
title: Goodwill credit
summary: A credit for a bad experience.
audience: public
owner: Customer Care
categories: [billing-errors]
---
A goodwill credit may be added after a service failure. No fee is charged for it.
""",
    "content/policies/internal-codes.md": """---
title: Internal reason codes
summary: Codes for the billing tool.
owner: Billing Team
categories: [billing-errors]
---
Use %s for every waived fee.
""" % INTERNAL_WORD,
    "content/faq/can-you-waive-my-fee.md": """---
title: Can you waive my late fee?
summary: Usually once a year, if you ask.
categories: [billing-errors]
---
Ask us and we will look at your account.
""",
}


def build(content, output):
    """Writes `content` ({path: text}) to a new folder and builds it into `output`."""
    root = pathlib.Path(tempfile.mkdtemp(prefix="casebook-browser-"))
    for path, text in content.items():
        file = root / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")
    build_root(root, output)
    return root


def built_site(content, name):
    """Builds `content` into a new folder named after `name`; returns (that folder, the content's root)."""
    output = pathlib.Path(tempfile.mkdtemp(prefix=f"casebook-browser-{name}-"))
    return output, build(content, output)


def remove(*folders):
    """Removes what a test module built."""
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


def build_root(root, output):
    subprocess.run([CASEBOOK, "build", "--root", str(root), "--output", str(output), "--no-history"],
                   check=True, stdout=subprocess.DEVNULL, env=dict(os.environ, SOURCE_DATE_EPOCH="1780000000"))


def free_port():
    """A TCP port nothing listens on now, for a server a test starts."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def chromium(width=1280, height=900, arguments=()):
    """Headless Chromium that records every request it makes (in the performance log);
    `arguments` are more command-line switches for it."""
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", f"--window-size={width},{height}", *arguments):
        options.add_argument(argument)
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(options=options, service=service)


def requested_urls(driver):
    """The URLs the page requested since the last call (the performance log is drained by
    reading it); the browser's own request for /favicon.ico, made whenever it likes, is left out."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if not url.endswith("/favicon.ico"):
                urls.append(url)
    return urls


def response_statuses(driver):
    """The status of each response the page received since the log was last read, by URL
    (the performance log is drained by reading it; the browser's /favicon.ico is left out)."""
    statuses = {}
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.responseReceived":
            response = message["params"]["response"]
            if not response["url"].endswith("/favicon.ico"):
                statuses[response["url"]] = response["status"]
    return statuses


def search_box(driver):
    return driver.find_element(By.CSS_SELECTOR, "#site-search-input")


def wait_for_status(driver, predicate, selector="#site-search-status", timeout=10):
    """Waits until the search status text satisfies `predicate`; returns the text."""
    WebDriverWait(driver, timeout).until(
        lambda d: predicate(d.find_element(By.CSS_SELECTOR, selector).text.strip()))
    return driver.find_element(By.CSS_SELECTOR, selector).text.strip()


def result_titles(driver, selector="#site-search-listbox .search-result-title"):
    return [element.text for element in driver.find_elements(By.CSS_SELECTOR, selector)]


class StaticServer:
    """Serves a folder on 127.0.0.1, in a thread; `served` lists (path, bytes) of each answer."""

    def __init__(self, folder):
        self.served = []
        handler = functools.partial(_QuietHandler, directory=str(folder), served=self.served)
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def origin(self):
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *arguments, served, **options):
        self.served = served
        super().__init__(*arguments, **options)

    def copyfile(self, source, destination):
        start = source.tell()
        super().copyfile(source, destination)
        self.served.append((urllib.parse.unquote(self.path.split("?")[0]), source.tell() - start))

    def log_message(self, *arguments):
        pass
