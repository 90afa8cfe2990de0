"""Takes the README's screenshots of the sample site: home, a category, a policy, a script
with its fill-in fields and a search result list, at desktop and phone sizes; the staff header
on a phone, closed and with its menu open; a policy with its side column on a wide screen; the
staff handbook's first printed pages (printed to PDF by Chromium, turned into pictures by poppler's
pdftoppm, from Debian's poppler-utils). Every screen size is a true device size (the DevTools protocol's device emulation), as a window
cannot be made narrower than about 500 px.

usage: python3 Tests/Browser/screenshots.py OUTPUT_FOLDER"""

import base64
import pathlib
import shutil
import subprocess
import sys
import tempfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import browser

SIZES = {
    "desktop": {"width": 1280, "height": 860, "deviceScaleFactor": 1, "mobile": False},
    "phone": {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True},
}
WIDE = {"width": 1440, "height": 900, "deviceScaleFactor": 1, "mobile": False}
PAGES = [
    ("home", "public", "index.html"),
    ("category", "internal", "categories/billing-errors/index.html"),
    ("policy", "internal", "policies/late-fee-waiver/index.html"),
    ("script", "internal", "scripts/granting-an-exception/index.html"),
    ("search", "public", "faq/how-do-i-make-a-good-request/index.html"),
]
VALUES = {"customer name": "Dana", "fee name": "late fee"}


def main(output):
    output.mkdir(parents=True, exist_ok=True)
    site = pathlib.Path(tempfile.mkdtemp(prefix="casebook-screenshots-"))
    driver = browser.chromium()
    try:
        browser.build_root(browser.REPOSITORY, site)
        for size, metrics in SIZES.items():
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
            for name, audience, path in PAGES:
                driver.get((site / audience / path).as_uri())
                if name == "script":
                    fill(driver, VALUES, size)
                if name == "search":
                    box = browser.search_box(driver)
                    box.send_keys("waive fee")
                    browser.wait_for_status(driver, lambda text: "result" in text)
                driver.save_screenshot(str(output / f"{size}-{name}.png"))
        phone_header(driver, site, output)
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", WIDE)
        driver.get((site / "internal/policies/late-fee-waiver/index.html").as_uri())
        driver.save_screenshot(str(output / "wide-policy.png"))
        handbook_print(site, output)
    finally:
        driver.quit()
        shutil.rmtree(site, ignore_errors=True)


def handbook_print(site, output, pages=3):
    """The staff handbook as it prints: its first `pages` pages of A4 side by side, as a
    print preview shows them (`handbook-print.png`)."""
    if shutil.which("pdftoppm") is None:
        print("handbook-print.png skipped: it needs pdftoppm (Debian: apt-get install poppler-utils)", file=sys.stderr)
        return
    work = pathlib.Path(tempfile.mkdtemp(prefix="casebook-handbook-print-"))
    driver = browser.chromium(1280, 900)
    try:
        driver.get((site / "internal/handbook/index.html").as_uri())
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True})
        (work / "handbook.pdf").write_bytes(base64.b64decode(pdf["data"]))
        subprocess.run(["pdftoppm", "-png", "-r", "72", "-f", "1", "-l", str(pages), str(work / "handbook.pdf"), str(work / "page")],
                       check=True)
        images = "".join(f'<img src="{image.name}" alt="">' for image in sorted(work.glob("page-*.png")))
        (work / "preview.html").write_text(
            "<!doctype html><style>body { margin: 0; padding: 24px; background: #5f6368; display: inline-flex; gap: 24px; }"
            " img { box-shadow: 0 2px 8px rgba(0, 0, 0, 0.5); background: #fff; }</style>" + images, encoding="utf-8")
        driver.get((work / "preview.html").as_uri())
        width, height = driver.execute_script(
            "var r = document.body.getBoundingClientRect(); return [Math.ceil(r.width), Math.ceil(r.height)];")
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "captureBeyondViewport": True, "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
        (output / "handbook-print.png").write_bytes(base64.b64decode(shot["data"]))
    finally:
        driver.quit()
        shutil.rmtree(work, ignore_errors=True)


def phone_header(driver, site, output):
    """The staff header on a phone: folded, then with its menu open."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", SIZES["phone"])
    driver.get((site / "internal/index.html").as_uri())
    driver.save_screenshot(str(output / "phone-header.png"))
    driver.find_element(By.CSS_SELECTOR, ".site-menu > summary").click()
    driver.save_screenshot(str(output / "phone-header-open.png"))


def fill(driver, values, size):
    """Types `values` into the script's fill-in form; on a phone, where the form is folded,
    into the fields in the script's text, then back to the top of the page."""
    scope = "[data-script]" if size == "phone" else "form.fill-in-form"
    for name, value in values.items():
        field = driver.find_element(By.CSS_SELECTOR, f'{scope} input.fill-in[data-field="{name}"]')
        field.clear()  # the case is kept in the tab: the other size's values may be there already
        field.send_keys(value)
    driver.execute_script("window.scrollTo({top: 0, behavior: 'instant'})")
    WebDriverWait(driver, 5).until(lambda d: d.execute_script("return window.scrollY") == 0)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]))
