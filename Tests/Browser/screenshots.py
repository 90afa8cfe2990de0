"""Takes the README's screenshots of the sample site: home, a category, a policy, a script
with its fill-in fields and a search result list, at desktop and phone widths.

usage: python3 Tests/Browser/screenshots.py OUTPUT_FOLDER"""

import pathlib
import shutil
import sys
import tempfile

from selenium.webdriver.common.by import By

import browser

SIZES = {"desktop": (1280, 860), "phone": (390, 844)}
PAGES = [
    ("home", "public", "index.html"),
    ("category", "internal", "categories/billing-errors/index.html"),
    ("policy", "internal", "policies/late-fee-waiver/index.html"),
    ("script", "internal", "scripts/granting-an-exception/index.html"),
    ("search", "public", "faq/how-do-i-make-a-good-request/index.html"),
]


def main(output):
    output.mkdir(parents=True, exist_ok=True)
    site = pathlib.Path(tempfile.mkdtemp(prefix="casebook-screenshots-"))
    try:
        browser.build_root(browser.REPOSITORY, site)
        for size, (width, height) in SIZES.items():
            driver = browser.chromium(width, height)
            try:
                for name, audience, path in PAGES:
                    driver.get((site / audience / path).as_uri())
                    if name == "script":
                        fill(driver, {"customer name": "Dana", "fee name": "late fee"})
                    if name == "search":
                        box = browser.search_box(driver)
                        box.send_keys("waive fee")
                        browser.wait_for_status(driver, lambda text: "result" in text)
                    driver.save_screenshot(str(output / f"{size}-{name}.png"))
            finally:
                driver.quit()
    finally:
        shutil.rmtree(site, ignore_errors=True)


def fill(driver, values):
    for name, value in values.items():
        field = driver.find_element(By.CSS_SELECTOR, f'form.fill-in-form input[data-field="{name}"]')
        field.send_keys(value)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]))
