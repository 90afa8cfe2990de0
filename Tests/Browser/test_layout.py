"""The theme on a phone and on a wide screen, in headless Chromium with true device emulation
(the DevTools protocol; a window cannot be made narrower than about 500 px): the staff header
fits a quarter of a 390 x 844 screen, its menu folds behind a button that works by mouse, by
keyboard and without JavaScript, no page of either site scrolls sideways, a script's fill-in
form folds so its first line is on the first screen, and from 1,200 px a policy's related pages,
history and answer kit sit in a side column beside a readable text column."""

import pathlib
import tempfile
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import browser

PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": True}
TABLET = {"width": 1000, "height": 900, "deviceScaleFactor": 1, "mobile": False}
WIDE = {"width": 1440, "height": 900, "deviceScaleFactor": 1, "mobile": False}

# Every page kind of the sample site, on the site(s) it is built for.
SAMPLE_PAGES = {
    "internal": ["index.html", "categories/billing-errors/index.html", "policies/late-fee-waiver/index.html",
                 "scripts/granting-an-exception/index.html", "faq/can-i-set-up-a-payment-plan/index.html",
                 "authority/index.html", "governance/index.html", "search/index.html", "policies/index.html",
                 "scripts/index.html", "whats-new/index.html", "handbook/index.html", "404.html",
                 "es/policies/late-fee-waiver/index.html"],
    "public": ["index.html", "categories/billing-errors/index.html", "policies/late-fee-waiver/index.html",
               "faq/can-i-set-up-a-payment-plan/index.html", "search/index.html", "policies/index.html",
               "faq/index.html", "whats-new/index.html", "handbook/index.html", "404.html"],
}

# A script whose text starts with the words to say, nine fill-in fields, two policies it carries
# out (each with a table of limits), and a policy with a Markdown table wider than a phone.
FIELDS = ["customer name", "fee name", "fee amount", "account number", "invoice date",
          "new due date", "credit amount", "credit date", "agent name"]
LAYOUT = {
    "content/scripts/waiving-a-fee.md": """---
title: Waiving a fee
summary: What to say when we waive a fee, once a year.
outcome: grant
categories: [billing-errors]
related: [policies/late-fee-waiver.md, policies/goodwill-credit.md]
---
> Thank you, [customer name]. I have waived the [fee name] of [fee amount] on account
> [account number], from the invoice of [invoice date].

> Your new due date is [new due date], and a credit of [credit amount] reaches you by
> [credit date]. My name is [agent name].
""",
    "content/policies/late-fee-waiver.md": browser.FIXTURE["content/policies/late-fee-waiver.md"].replace(
        "categories: [billing-errors]\n",
        "categories: [billing-errors]\nauthority:\n  - { role: Agent, up_to: \"$25 once a year\" }\n"
        "  - { role: Supervisor, up_to: \"$100\" }\n"),
    "content/policies/goodwill-credit.md": browser.FIXTURE["content/policies/goodwill-credit.md"].replace(
        "categories: [billing-errors]\n",
        "categories: [billing-errors]\nauthority:\n  - { role: Agent, up_to: \"$20\" }\n")
        + "\n| Situation | Agent | Supervisor | Customer Care Manager | Billing Operations | Finance |\n"
          "|---|---|---|---|---|---|\n"
          "| Outage-related credits and corrections | $20 per account | $100 per account | $500 per account"
          " | any amount | any amount with a note |\n",
}


def setUpModule():
    global SAMPLE, FIXTURE, ROOT, DRIVER
    SAMPLE = pathlib.Path(tempfile.mkdtemp(prefix="casebook-browser-layout-sample-"))
    browser.build_root(browser.REPOSITORY, SAMPLE)
    FIXTURE, ROOT = browser.built_site(dict(browser.FIXTURE, **LAYOUT), "layout")
    DRIVER = browser.chromium()


def tearDownModule():
    DRIVER.quit()
    browser.remove(SAMPLE, FIXTURE, ROOT)


def emulate(metrics, javascript=True):
    """Makes the page a true `metrics` screen (CSS pixels), with or without scripts."""
    DRIVER.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    DRIVER.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not javascript})


def open_page(folder, path):
    DRIVER.get((folder / path).as_uri())


def box(element):
    return DRIVER.execute_script("var b = arguments[0].getBoundingClientRect();"
                                 "return {left: b.left, right: b.right, top: b.top, bottom: b.bottom,"
                                 " width: b.width, height: b.height};", element)


def first(selector):
    return DRIVER.find_element(By.CSS_SELECTOR, selector)


def shown(element):
    """Whether `element` is rendered with a size. (Selenium's is_displayed calls anything in a
    closed <details> hidden, even where the theme shows a closed fold's content on wide screens.)"""
    return DRIVER.execute_script("var b = arguments[0].getBoundingClientRect();"
                                 "return arguments[0].checkVisibility({visibilityProperty: true})"
                                 " && b.width > 0 && b.height > 0;", element)


class PhoneHeaderTests(unittest.TestCase):
    def setUp(self):
        emulate(PHONE)
        open_page(SAMPLE, "internal/policies/late-fee-waiver/index.html")

    def tearDown(self):
        emulate(PHONE)

    def nav_links(self):
        return DRIVER.find_elements(By.CSS_SELECTOR, ".site-menu .site-nav a")

    def test_the_emulated_screen_is_390_css_pixels_wide(self):
        self.assertEqual(DRIVER.execute_script("return [innerWidth, innerHeight, devicePixelRatio]"), [390, 844, 3])

    def test_the_staff_header_takes_at_most_a_quarter_of_the_screen(self):
        self.assertLessEqual(box(first(".site-header"))["height"], 844 / 4)
        self.assertTrue(shown(first(".site-search-input")), "the search box stays in the header")

    def test_the_menu_is_closed_and_opens_and_closes_by_click(self):
        button = first(".site-menu > summary")
        self.assertTrue(shown(button))
        self.assertEqual(button.text, "Menu")
        self.assertIsNone(first(".site-menu").get_attribute("open"))
        self.assertTrue(self.nav_links())
        self.assertFalse(any(shown(link) for link in self.nav_links()))
        button.click()
        self.assertTrue(all(shown(link) for link in self.nav_links()))
        self.assertTrue(shown(first(".language-menu a[hreflang='es']")))
        button.click()
        self.assertFalse(any(shown(link) for link in self.nav_links()))

    def test_the_menu_opens_from_the_keyboard_and_its_links_come_next(self):
        button = first(".site-menu > summary")
        DRIVER.execute_script("arguments[0].focus()", button)
        self.assertEqual(DRIVER.switch_to.active_element, button)
        button.send_keys(Keys.ENTER)
        self.assertTrue(all(shown(link) for link in self.nav_links()))
        DRIVER.switch_to.active_element.send_keys(Keys.TAB)
        self.assertEqual(DRIVER.switch_to.active_element, self.nav_links()[0])
        DRIVER.execute_script("arguments[0].focus()", button)
        button.send_keys(Keys.SPACE)
        self.assertFalse(any(shown(link) for link in self.nav_links()))
        button.send_keys(Keys.SPACE)
        self.assertTrue(all(shown(link) for link in self.nav_links()))

    def test_the_menu_works_without_javascript(self):
        emulate(PHONE, javascript=False)
        open_page(SAMPLE, "public/index.html")
        self.assertFalse(DRIVER.execute_script("return !!window.Casebook"), "scripts are off")
        self.assertFalse(any(shown(link) for link in self.nav_links()))
        first(".site-menu > summary").click()
        self.assertTrue(all(shown(link) for link in self.nav_links()))


class NoSidewaysScrollTests(unittest.TestCase):
    def setUp(self):
        emulate(PHONE)

    def assert_fits(self, folder, path):
        open_page(folder, path)
        width = DRIVER.execute_script("return [document.documentElement.scrollWidth, innerWidth]")
        self.assertLessEqual(width[0], width[1], path)

    def test_no_page_of_either_site_scrolls_sideways_on_a_phone(self):
        for site, paths in SAMPLE_PAGES.items():
            for path in paths:
                with self.subTest(site=site, path=path):
                    self.assert_fits(SAMPLE, f"{site}/{path}")
        for path in ("internal/scripts/waiving-a-fee/index.html", "internal/policies/goodwill-credit/index.html",
                     "public/policies/goodwill-credit/index.html", "internal/authority/index.html"):
            with self.subTest(fixture=path):
                self.assert_fits(FIXTURE, path)

    def test_a_wide_table_scrolls_in_its_box_with_its_first_column_and_caption_in_view(self):
        open_page(SAMPLE, "internal/authority/index.html")
        wrap = first(".table-wrap:has(.authority-matrix)")
        self.assertGreater(DRIVER.execute_script("return arguments[0].scrollWidth - arguments[0].clientWidth", wrap), 0,
                           "the matrix is wider than a phone")
        caption = box(first(".authority-matrix caption"))
        self.assertGreaterEqual(caption["left"], 0)
        self.assertLessEqual(caption["right"], 390, "the caption wraps on the screen")
        before = box(first(".authority-matrix tbody th"))
        DRIVER.execute_script("arguments[0].scrollLeft = 250", wrap)
        self.assertEqual(box(first(".authority-matrix tbody th"))["left"], before["left"], "the first column stays")
        caption = box(first(".authority-matrix caption"))
        self.assertGreaterEqual(caption["left"], box(wrap)["left"] - 1, "the caption stays in view")

    def test_a_markdown_table_keeps_its_first_column_too(self):
        open_page(FIXTURE, "public/policies/goodwill-credit/index.html")
        wrap = first(".page-body .table-wrap")
        before = box(first(".page-body .table-wrap tbody td"))
        DRIVER.execute_script("arguments[0].scrollLeft = 200", wrap)
        self.assertEqual(box(first(".page-body .table-wrap tbody td"))["left"], before["left"])


class ScriptFoldTests(unittest.TestCase):
    PATH = "internal/scripts/waiving-a-fee/index.html"

    def tearDown(self):
        emulate(PHONE)

    def test_on_a_phone_the_form_folds_and_the_first_words_to_say_are_on_the_first_screen(self):
        emulate(PHONE)
        open_page(FIXTURE, self.PATH)
        fold = first(".fill-in-fold")
        self.assertIsNone(fold.get_attribute("open"))
        self.assertEqual(first(".fill-in-fold > summary").text, "Fill in the details (9)")
        self.assertFalse(shown(first(".fill-in-form input.fill-in")))
        self.assertIsNone(first(".script-policies .narrow-fold").get_attribute("open"))
        line = box(first("[data-script] .script-text p"))
        self.assertLess(line["top"] + 24, 844, "the first line to say starts on the first screen")
        first(".fill-in-fold > summary").click()
        fields = DRIVER.find_elements(By.CSS_SELECTOR, ".fill-in-form input.fill-in")
        self.assertEqual([field.get_attribute("data-field") for field in fields], FIELDS)
        self.assertTrue(all(shown(field) for field in fields))

    def test_on_a_wide_screen_the_form_shows_without_a_button_even_without_javascript(self):
        for javascript in (True, False):
            with self.subTest(javascript=javascript):
                emulate(WIDE, javascript=javascript)
                open_page(FIXTURE, self.PATH)
                self.assertFalse(shown(first(".fill-in-fold > summary")))
                self.assertTrue(shown(first(".fill-in-form h2")))
                self.assertTrue(all(shown(field) for field in
                                    DRIVER.find_elements(By.CSS_SELECTOR, ".fill-in-form input.fill-in")))
                self.assertTrue(shown(first(".script-policy summary")))

    def test_on_paper_the_folds_are_open_without_their_buttons(self):
        emulate(PHONE)
        DRIVER.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        try:
            open_page(FIXTURE, self.PATH)
            self.assertFalse(shown(first(".script-policies .narrow-fold > summary")))
            self.assertTrue(shown(first(".script-policy summary")))
            self.assertFalse(shown(first(".site-menu-button")))
        finally:
            DRIVER.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


class WideScreenTests(unittest.TestCase):
    def tearDown(self):
        emulate(PHONE)

    def test_the_menu_shows_open_without_a_button(self):
        emulate(WIDE, javascript=False)
        open_page(SAMPLE, "internal/index.html")
        self.assertFalse(shown(first(".site-menu > summary")))
        links = DRIVER.find_elements(By.CSS_SELECTOR, ".site-nav a")
        self.assertTrue(links and all(shown(link) for link in links))
        self.assertEqual(len(DRIVER.find_elements(By.CSS_SELECTOR, "nav.site-nav")), 1, "one navigation, not two")

    def test_a_policy_has_a_side_column_beside_a_readable_text_column(self):
        emulate(WIDE)
        open_page(SAMPLE, "internal/policies/late-fee-waiver/index.html")
        text = box(first(".page-policy > .page-body"))
        kit = box(first(".answer-kit"))
        for side in (".policy-facts", ".answer-kit", ".page-aside", ".page-translations"):
            with self.subTest(side=side):
                part = box(first(side))
                self.assertGreaterEqual(part["left"], text["right"], "to the right of the text")
                self.assertAlmostEqual(part["left"], kit["left"], delta=1, msg="one side column")
        self.assertLess(kit["top"], text["bottom"], "beside the text, not below it")
        self.assertLess(box(first(".policy-facts"))["top"], 900, "the side column starts on the first screen")
        characters = DRIVER.execute_script("""
            var probe = document.createElement("span");
            probe.style.cssText = "display: inline-block; width: 1ch";
            var body = document.querySelector(".page-policy > .page-body");
            body.appendChild(probe);
            var ch = probe.getBoundingClientRect().width;
            probe.remove();
            return body.getBoundingClientRect().width / ch;""")
        self.assertGreaterEqual(characters, 60)
        self.assertLessEqual(characters, 76)

    def test_an_faq_entry_and_a_script_have_their_side_column_too(self):
        emulate(WIDE)
        for folder, path, text in ((SAMPLE, "public/faq/can-i-set-up-a-payment-plan/index.html", ".page-faq > .page-body"),
                                   (FIXTURE, "internal/scripts/waiving-a-fee/index.html", ".page-script > .page-body")):
            with self.subTest(path=path):
                open_page(folder, path)
                self.assertGreaterEqual(box(first(".page-aside"))["left"], box(first(text))["right"])

    def test_below_1200_pixels_the_single_column_stays(self):
        emulate(TABLET)
        open_page(SAMPLE, "internal/policies/late-fee-waiver/index.html")
        text = box(first(".page-policy > .page-body"))
        self.assertGreaterEqual(box(first(".page-aside"))["top"], text["bottom"])
        self.assertLessEqual(box(first(".answer-kit"))["bottom"], text["top"])


if __name__ == "__main__":
    unittest.main()
