"""The theme's scripts on a site opened from disk (file://), in headless Chromium: plain
scripts with no module loading, so fill-in fields and "Copy text" work without a server."""

import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import browser

SCRIPT = {
    "content/scripts/waiving-a-late-fee.md": """---
title: Waiving a late fee
summary: What to say when we waive it.
outcome: grant
categories: [billing-errors]
---
Check the account first.

> Thank you, [customer name]. I have waived the [fee name] for you, [customer name].
""",
}

# The globals the theme's scripts may define: the shared namespace, and the two that the
# search index format and its tests name.
THEME_GLOBALS = ["Casebook", "casebookSearchLoaded", "casebookSearchText"]


def setUpModule():
    global OUTPUT, ROOT, DRIVER
    OUTPUT, ROOT = browser.built_site(dict(browser.FIXTURE, **SCRIPT), "theme")
    DRIVER = browser.chromium()


def tearDownModule():
    DRIVER.quit()
    browser.remove(ROOT, OUTPUT)


class FileURLTests(unittest.TestCase):
    def setUp(self):
        DRIVER.get((OUTPUT / "internal/scripts/waiving-a-late-fee/index.html").as_uri())
        self.assertTrue(DRIVER.current_url.startswith("file://"))
        WebDriverWait(DRIVER, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".copy-button"))

    def test_the_scripts_are_classic_scripts_that_add_only_their_globals(self):
        types = DRIVER.execute_script(
            "return Array.prototype.map.call(document.scripts, function (s) { return s.type; });")
        self.assertTrue(types)
        self.assertEqual(set(types), {""})
        # Note the window's keys before any script of the page runs, and again once the
        # deferred scripts have run (DOMContentLoaded), before anything of Selenium's.
        watch = DRIVER.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": """
            (function () {
              var before = Object.keys(window);
              document.addEventListener("DOMContentLoaded", function () {
                var added = Object.keys(window).filter(function (key) { return before.indexOf(key) < 0; });
                document.documentElement.setAttribute("data-added-globals", added.sort().join(" "));
              });
            })();"""})
        try:
            DRIVER.refresh()
            added = WebDriverWait(DRIVER, 10).until(
                lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("data-added-globals"))
        finally:
            DRIVER.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", watch)
        self.assertEqual(added.split(" "), THEME_GLOBALS)
        self.assertFalse([entry for entry in DRIVER.get_log("browser") if entry["level"] == "SEVERE"])

    def test_a_fill_in_value_fills_every_field_of_its_name_and_is_copied(self):
        form_field = DRIVER.find_element(By.CSS_SELECTOR, ".fill-in-form input.fill-in[data-field='customer name']")
        form_field.send_keys("Ada")
        in_text = DRIVER.find_elements(By.CSS_SELECTOR, "[data-script] input.fill-in[data-field='customer name']")
        self.assertEqual(len(in_text), 2)
        self.assertEqual([field.get_attribute("value") for field in in_text], ["Ada", "Ada"])
        # Keep what the button copies instead of touching the machine's clipboard.
        DRIVER.execute_script("""
            Object.defineProperty(navigator, "clipboard", { configurable: true, value: {
              writeText: function (text) { document.body.setAttribute("data-copied", text); return Promise.resolve(); }
            } });""")
        DRIVER.find_element(By.CSS_SELECTOR, "blockquote.script-text + .copy-bar .copy-button").click()
        status = WebDriverWait(DRIVER, 10).until(
            lambda d: d.find_element(By.CSS_SELECTOR, ".copy-status").text.strip())
        self.assertEqual(status, "Copied. 1 field is still empty: [fee name].")
        self.assertEqual(DRIVER.find_element(By.TAG_NAME, "body").get_attribute("data-copied"),
                         "Thank you, Ada. I have waived the [fee name] for you, Ada.")


if __name__ == "__main__":
    unittest.main()
