"""Accessibility as a test: axe-core, in headless Chromium, over every kind of page of the
sample site's staff guide and help center, on a phone (390 x 844, emulated through the
DevTools protocol) and a wide screen (1,440 x 900), and in the states a reader puts pages
in (a filled-in script, search results open, an amount in the calculator, every <details>
open). Every page must have no violation; a failure lists each rule broken, its impact and
help, and the elements it was found on with their HTML.

axe-core comes from PyPI's axe-selenium-python-nhsuk (a fork of axe-selenium-python with
the same module name, carrying axe-core 4.9.1; axe-selenium-python itself ends at 2.1.6 with
axe-core 3.1.1, from 2018, which lacks rules such as nested-interactive, target-size and
scrollable-region-focusable). Only its axe.min.js is used: the fork's run() writes the
options as a Python repr, not JSON.

The rules run are those tagged WCAG 2.0, 2.1 and 2.2 levels A and AA, and axe's best
practices: the levels a public help center is held to by law in most places, and the
practices (landmarks, one main, heading order, unique landmark names) that make a long
policy navigable with a screen reader. Named by tag, the set is axe's default one plus
target-size (WCAG 2.2's 24-pixel touch targets, which axe 4.9 leaves off unless asked for:
it matters on the phones this site is read on), and a newer axe cannot narrow it silently.
AAA rules and axe's experimental ones are left out; no rule is turned off."""

import importlib.util
import pathlib
import re
import tempfile
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

import browser

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}
WIDE = {"width": 1440, "height": 900, "deviceScaleFactor": 1, "mobile": False}

# (what the page is, its path under the built output). Sample content pages chosen so that
# each kind appears: the late fee policy has an answer kit, a calculator and a case note;
# the script has fill-in fields.
STAFF_PAGES = [
    ("staff home", "internal/index.html"),
    ("staff category", "internal/categories/billing-errors/index.html"),
    ("staff policy", "internal/policies/late-fee-waiver/index.html"),
    ("staff script", "internal/scripts/waiving-a-late-fee-after-an-outage/index.html"),
    ("staff FAQ", "internal/faq/can-i-set-up-a-payment-plan/index.html"),
    ("staff authority", "internal/authority/index.html"),
    ("staff governance", "internal/governance/index.html"),
    ("staff policies index", "internal/policies/index.html"),
    ("staff FAQ index", "internal/faq/index.html"),
    ("staff scripts index", "internal/scripts/index.html"),
    ("staff categories index", "internal/categories/index.html"),
    ("staff what's new", "internal/whats-new/index.html"),
    ("staff handbook", "internal/handbook/index.html"),
    ("staff Spanish FAQ", "internal/es/faq/can-i-set-up-a-payment-plan/index.html"),
    ("staff Spanish fallback (English policy)", "internal/es/policies/late-fee-waiver/index.html"),
    ("staff policy with a checklist and code", "internal/policies/evaluating-a-request/index.html"),
]
PUBLIC_PAGES = [
    ("public home", "public/index.html"),
    ("public category", "public/categories/billing-errors/index.html"),
    ("public policy", "public/policies/late-fee-waiver/index.html"),
    ("public FAQ", "public/faq/can-i-set-up-a-payment-plan/index.html"),
    ("public FAQ index", "public/faq/index.html"),
    ("public policies index", "public/policies/index.html"),
    ("public what's new", "public/whats-new/index.html"),
    ("public handbook", "public/handbook/index.html"),
    ("public Spanish FAQ", "public/es/faq/can-i-set-up-a-payment-plan/index.html"),
    ("public Spanish fallback (English policy)", "public/es/policies/late-fee-waiver/index.html"),
]
SEARCH_PAGES = [
    ("staff search results", "internal/search/index.html", "late fee"),
    ("public search results", "public/search/index.html", "late fee"),
]

# The 404 pages, as a web server's error page for a missing nested path: with base_url set
# their links and assets are absolute, so each is served by a server standing in for its
# site's host, the site's address in it replaced by the server's.
NOT_FOUND_PAGES = [
    ("staff 404", "internal", "404.html"),
    ("staff Spanish 404", "internal", "es/404.html"),
    ("public 404", "public", "404.html"),
]


def axe_source():
    """axe-core's script, as the PyPI package installs it."""
    package = pathlib.Path(importlib.util.find_spec("axe_selenium_python").origin).parent
    return (package / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")


def setUpModule():
    global OUTPUT, DRIVER, AXE
    OUTPUT = pathlib.Path(tempfile.mkdtemp(prefix="casebook-browser-a11y-"))
    browser.build_root(browser.REPOSITORY, OUTPUT)
    AXE = axe_source()
    DRIVER = browser.chromium(1440, 900)
    DRIVER.set_script_timeout(120)


def tearDownModule():
    DRIVER.quit()
    browser.remove(OUTPUT)


def describe(violations):
    """Each violation with its rule, impact and help, and each element it was found on."""
    lines = []
    for violation in violations:
        lines.append(f"  {violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"]:
            html = " ".join(node["html"].split())
            if len(html) > 240:
                html = html[:240] + "..."
            lines.append(f"    at {' '.join(map(str, node['target']))}: {html}")
            summary = " ".join((node.get("failureSummary") or "").split())
            if summary:
                lines.append(f"      {summary}")
    return "\n".join(lines)


class AccessibilityTest:
    """Runs axe over every page at one screen size and colour scheme (set by a subclass)."""

    metrics = WIDE
    scheme = "light"

    def setUp(self):
        DRIVER.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", self.metrics)
        DRIVER.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "features": [{"name": "prefers-color-scheme", "value": self.scheme}]})

    def tearDown(self):
        DRIVER.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        DRIVER.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})

    def open(self, path):
        DRIVER.get((OUTPUT / path).as_uri())

    def open_every_details(self):
        """Opens every <details> (the case note, a script's limits, the general policies),
        whose content axe passes over while it is hidden."""
        opened = DRIVER.execute_script("""
            var all = document.querySelectorAll("details");
            Array.prototype.forEach.call(all, function (details) { details.open = true; });
            return all.length;""")
        self.assertGreater(opened, 0)

    def fill_case_note(self):
        for field in DRIVER.find_elements(By.CSS_SELECTOR, "[data-case-note] [data-note-field]"):
            if field.tag_name == "select":
                Select(field).select_by_index(1)
            else:
                field.send_keys("40")
        WebDriverWait(DRIVER, 10).until(
            lambda d: d.find_element(By.CSS_SELECTOR, "[data-note-preview]").text.strip())

    def assertNoViolations(self, label):
        WebDriverWait(DRIVER, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
        # The page is the site's (not the browser's error page), styled by the theme, and as wide
        # as the screen emulated.
        self.assertTrue(DRIVER.find_elements(By.CSS_SELECTOR, "main#main"), f"{label}: no page at {DRIVER.current_url}")
        self.assertEqual(DRIVER.execute_script("return getComputedStyle(document.body).marginTop"), "0px",
                         f"{label}: the theme's stylesheet did not load")
        self.assertEqual(DRIVER.execute_script("return window.innerWidth"), self.metrics["width"])
        if not DRIVER.execute_script("return !!window.axe"):
            DRIVER.execute_script(AXE)
        version = DRIVER.execute_script("return axe.version")
        self.assertGreaterEqual(int(version.split(".")[0]), 4,
                                f"axe-core {version} is too old: install axe-selenium-python-nhsuk (scripts/install-deps --browser)")
        result = DRIVER.execute_async_script("""
            var done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: "tag", values: arguments[0] }, resultTypes: ["violations"] })
              .then(function (result) { done(result.violations); }, function (error) { done(String(error)); });""", TAGS)
        self.assertIsInstance(result, list, f"axe did not run on {label}: {result}")
        size = f"{self.metrics['width']} x {self.metrics['height']}, {self.scheme}"
        if result:
            self.fail(f"{label} ({size}, {DRIVER.current_url}) has {len(result)} "
                      f"accessibility violation(s):\n{describe(result)}")

    def test_staff_pages(self):
        for label, path in STAFF_PAGES:
            with self.subTest(label):
                self.open(path)
                self.assertNoViolations(label)

    def test_public_pages(self):
        for label, path in PUBLIC_PAGES:
            with self.subTest(label):
                self.open(path)
                self.assertNoViolations(label)

    def test_not_found_pages_at_a_nested_path(self):
        for label, site, page in NOT_FOUND_PAGES:
            with self.subTest(label):
                server = browser.StaticServer(OUTPUT / site)
                try:
                    html = (OUTPUT / site / page).read_text(encoding="utf-8")
                    base = re.search(r'href="([^"]*)assets/casebook.css"', html).group(1)
                    prefix = base[:len(base) - len(page) + len("404.html")]
                    nested = OUTPUT / site / "faq" / "an-old-page" / "gone"
                    nested.mkdir(parents=True, exist_ok=True)
                    (nested / "index.html").write_text(html.replace(prefix, server.origin + "/"), encoding="utf-8")
                    DRIVER.get(server.origin + "/faq/an-old-page/gone/")
                    self.assertNoViolations(label)
                finally:
                    server.stop()

    def test_search_pages_with_results(self):
        for label, path, query in SEARCH_PAGES:
            with self.subTest(label):
                DRIVER.get((OUTPUT / path).as_uri() + "?q=" + query.replace(" ", "+"))
                WebDriverWait(DRIVER, 10).until(
                    lambda d: d.find_elements(By.CSS_SELECTOR, "#search-page-results li"))
                self.assertNoViolations(label)

    def test_search_box_with_results_open(self):
        for label, path in (("staff home, search box open", "internal/index.html"),
                            ("public home, search box open", "public/index.html")):
            with self.subTest(label):
                self.open(path)
                browser.search_box(DRIVER).send_keys("waive")
                WebDriverWait(DRIVER, 10).until(
                    lambda d: d.find_elements(By.CSS_SELECTOR, "#site-search-listbox .search-result-title"))
                self.assertNoViolations(label)

    def test_filled_in_script_with_its_limits_and_case_note_open(self):
        self.open(STAFF_PAGES[3][1])
        self.open_every_details()
        fields = [field for field in DRIVER.find_elements(By.CSS_SELECTOR, ".fill-in-form input.fill-in")
                  if field.is_displayed()]
        self.assertTrue(fields)
        for field in fields:
            field.send_keys("Ada")
        self.fill_case_note()
        self.assertNoViolations("staff script, fields filled in, limits and case note open")

    def test_calculator_with_an_amount(self):
        for label, path in (("staff policy, calculator with an amount, case note filled in", STAFF_PAGES[2][1]),
                            ("staff authority, calculator with an amount", "internal/authority/index.html")):
            with self.subTest(label):
                self.open(path)
                for scenario in DRIVER.find_elements(By.CSS_SELECTOR, "select[data-calculator-row]"):
                    Select(scenario).select_by_index(1)
                DRIVER.find_element(By.CSS_SELECTOR, "[data-calculator-amount]").send_keys("$40")
                WebDriverWait(DRIVER, 10).until(
                    lambda d: d.find_element(By.CSS_SELECTOR, "[data-calculator-answer]").text.strip())
                if DRIVER.find_elements(By.CSS_SELECTOR, "[data-case-note]"):
                    self.open_every_details()
                    self.fill_case_note()
                self.assertNoViolations(label)

    def test_category_with_every_section_open(self):
        self.open("internal/categories/billing-errors/index.html")
        self.open_every_details()
        self.assertNoViolations("staff category, every section open")


class WideLight(AccessibilityTest, unittest.TestCase):
    metrics = WIDE


class PhoneLight(AccessibilityTest, unittest.TestCase):
    metrics = PHONE


# The default theme is light only (`color-scheme: light`); the dark passes run once its
# stylesheet answers `prefers-color-scheme`.
HAS_DARK_MODE = "prefers-color-scheme" in (browser.REPOSITORY / "templates/assets/casebook.css").read_text(encoding="utf-8")


@unittest.skipUnless(HAS_DARK_MODE, "the theme has no dark colour scheme")
class WideDark(AccessibilityTest, unittest.TestCase):
    metrics = WIDE
    scheme = "dark"


@unittest.skipUnless(HAS_DARK_MODE, "the theme has no dark colour scheme")
class PhoneDark(AccessibilityTest, unittest.TestCase):
    metrics = PHONE
    scheme = "dark"


if __name__ == "__main__":
    unittest.main()
