#!/usr/bin/env python3
"""Time from saving a page to the open tab showing it, under `casebook serve`, beside the
time of a full `casebook build` of the same content, on gen_corpus.py corpora.

usage: bench/serve-reload.py [SIZES...]     (default: sample 1000 10000; "sample" is content/)
Environment: CORPORA (default /tmp/cb-bench-corpus), SCRATCH (default /tmp/cb-bench-build), RUNS (default 3).
"""

import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPOSITORY = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY / "Tests" / "Browser"))
import browser  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CORPORA = pathlib.Path(os.environ.get("CORPORA", "/tmp/cb-bench-corpus"))
SCRATCH = pathlib.Path(os.environ.get("SCRATCH", "/tmp/cb-bench-build"))
RUNS = int(os.environ.get("RUNS", "3"))


def measure(casebook, source, page_file, page_url):
    root = pathlib.Path(tempfile.mkdtemp(prefix="casebook-reload-"))
    try:
        for name in ("content", "templates", "casebook.yml"):
            if (source / name).is_dir():
                shutil.copytree(source / name, root / name)
            elif (source / name).exists():
                shutil.copy(source / name, root / name)
        started = time.monotonic()
        subprocess.run([casebook, "build", "--root", str(root), "--output", str(root / "site"), "--no-history"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        full_build = time.monotonic() - started
        port = browser.free_port()
        server = subprocess.Popen([casebook, "serve", "--root", str(root), "--port", str(port), "--no-history"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for line in server.stderr:
            if line.startswith("Serving"):
                break
        driver = browser.chromium()
        reloads = []
        try:
            for run in range(RUNS):
                driver.get(f"http://127.0.0.1:{port}/internal/{page_url}")
                WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".casebook-serve-bar"))
                time.sleep(0.5)
                marker = f"RELOADMARKER{run}"
                path = root / page_file
                saved = time.time()
                path.write_text(path.read_text(encoding="utf-8") + f"\n\n{marker}\n", encoding="utf-8")
                WebDriverWait(driver, 120, poll_frequency=0.01).until(lambda d: marker in d.page_source)
                shown = driver.execute_script(
                    "return performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;")
                reloads.append(shown / 1000 - saved)
        finally:
            driver.quit()
            server.terminate()
            server.wait(timeout=10)
        return full_build, statistics.median(reloads)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(sizes):
    subprocess.run(["swift", "build", "-c", "release", "--product", "casebook", "--scratch-path", str(SCRATCH)],
                   cwd=REPOSITORY, check=True, stdout=subprocess.DEVNULL)
    casebook = str(SCRATCH / "release" / "casebook")
    print(f"median of {RUNS} saves")
    print("| content | full build (writes site/) | save → tab reloaded |")
    print("|---|---|---|")
    for size in sizes:
        if size == "sample":
            source, page_file, page_url = REPOSITORY, "content/policies/late-fee-waiver.md", "policies/late-fee-waiver/index.html"
        else:
            source = CORPORA / size
            page_file, page_url = "content/policies/policy-000005.md", "policies/policy-000005/index.html"
        full_build, reload = measure(casebook, source, page_file, page_url)
        print(f"| {size} pages | {full_build:.2f} s | {reload * 1000:.0f} ms |")


if __name__ == "__main__":
    main(sys.argv[1:] or ["sample", "1000", "10000"])
