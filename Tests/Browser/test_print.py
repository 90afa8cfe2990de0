"""Printing, in headless Chromium with print media emulated (the DevTools protocol): a page
prints as one column of its own text, without the side column, history or anything to click
or type into, however wide the window; in the handbook each policy starts on a new page, and
printed to PDF it makes at least a page per policy."""

import base64
import os
import pathlib
import re
import subprocess
import tempfile
import unittest

from selenium.webdriver.common.by import By

import browser

POLICIES = {
    "content/categories/returns.md": "---\ntitle: Returns\nsummary: Items sent back.\norder: 2\n---\nReturns.\n",
    "content/policies/return-window.md": """---
title: Return window extension
summary: When a return may come in late.
audience: public
owner: Returns Desk
effective: 2025-04-01
categories: [returns, billing-errors]
related: [policies/late-fee-waiver.md]
tags: [returns, late]
authority:
  - { role: Agent, up_to: "7 days" }
  - { role: Supervisor, up_to: "30 days" }
---
We extend the return window when the customer could not send the item in time.

## Limits

| Reason | Days |
|---|---|
| Illness | 30 |
| Travel | 14 |
""",
}

WIDE = (1440, 900)


def setUpModule():
    global OUTPUT, ROOT, DRIVER
    OUTPUT = pathlib.Path(tempfile.mkdtemp(prefix="casebook-browser-print-"))
    ROOT = pathlib.Path(tempfile.mkdtemp(prefix="casebook-browser-print-content-"))
    for path, text in dict(browser.FIXTURE, **POLICIES).items():
        (ROOT / path).parent.mkdir(parents=True, exist_ok=True)
        (ROOT / path).write_text(text, encoding="utf-8")
    # A git repository, so that pages have a history to leave out of print.
    environment = dict(os.environ, GIT_AUTHOR_NAME="Dana", GIT_AUTHOR_EMAIL="dana@test.example",
                       GIT_COMMITTER_NAME="Dana", GIT_COMMITTER_EMAIL="dana@test.example",
                       GIT_AUTHOR_DATE="2026-05-01T10:00:00Z", GIT_COMMITTER_DATE="2026-05-01T10:00:00Z")
    for command in (["git", "init", "-q"], ["git", "add", "."], ["git", "commit", "-q", "-m", "Add the guide"]):
        subprocess.run(command, cwd=ROOT, check=True, env=environment)
    subprocess.run([browser.CASEBOOK, "build", "--root", str(ROOT), "--output", str(OUTPUT)],
                   check=True, stdout=subprocess.DEVNULL)
    DRIVER = browser.chromium(*WIDE)


def tearDownModule():
    DRIVER.quit()
    browser.remove(ROOT, OUTPUT)


def emulate(media):
    DRIVER.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})


def display(selector):
    return DRIVER.execute_script(
        "var e = document.querySelector(arguments[0]); return e && getComputedStyle(e).display;", selector)


def box(element):
    return DRIVER.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return {left: r.left, width: r.width};", element)


class PrintedPageTests(unittest.TestCase):
    def setUp(self):
        DRIVER.get((OUTPUT / "internal/policies/return-window/index.html").as_uri())

    def tearDown(self):
        emulate("")

    def test_on_screen_the_side_column_and_history_are_there(self):
        for selector in (".page-aside", ".page-history", ".site-nav", ".site-search"):
            self.assertNotIn(display(selector), (None, "none"), selector)

    def test_in_print_the_page_is_one_column_of_its_own_text(self):
        emulate("print")
        self.assertTrue(DRIVER.execute_script("return matchMedia('print').matches"))
        width = DRIVER.execute_script("return document.documentElement.clientWidth")
        main = box(DRIVER.find_element(By.CSS_SELECTOR, "main"))
        # The whole width of the paper, from its left edge: not a centred column.
        self.assertLess(abs(main["left"]), 2)
        self.assertGreater(main["width"], width - 4)
        # Every part still shown stands in that one column, at its left and full width.
        for element in DRIVER.find_elements(By.CSS_SELECTOR, "main > *"):
            if element.value_of_css_property("display") == "none":
                continue
            part = box(element)
            self.assertLess(abs(part["left"] - main["left"]), 2, element.get_attribute("class"))
            self.assertGreater(part["width"], main["width"] - 4, element.get_attribute("class"))
        self.assertTrue(DRIVER.find_element(By.CSS_SELECTOR, ".page-body").is_displayed())
        self.assertTrue(DRIVER.find_element(By.CSS_SELECTOR, "table caption").is_displayed(), "the limits are printed")

    def test_in_print_the_side_column_history_and_controls_are_left_out(self):
        emulate("print")
        for selector in (".page-aside", ".page-history", ".site-nav", ".site-search", ".case-note",
                         ".approval-calculator", ".heading-anchor", ".footer-handbook"):
            self.assertIn(display(selector), ("none", None), selector)
        for selector in (".page-aside", ".page-history", ".case-note", ".heading-anchor"):
            self.assertTrue(DRIVER.find_elements(By.CSS_SELECTOR, selector), f"the page has {selector} to leave out")
        self.assertEqual(display(".internal-banner"), "block", "the staff banner is printed")

    def test_in_print_rows_keep_together_and_headings_stay_with_what_follows(self):
        emulate("print")
        style = DRIVER.execute_script("""
            var row = getComputedStyle(document.querySelector('.page-body tr'));
            var heading = getComputedStyle(document.querySelector('.page-body h2'));
            return [row.breakInside, heading.breakAfter];""")
        self.assertEqual(style, ["avoid", "avoid"])


class PrintedHandbookTests(unittest.TestCase):
    def setUp(self):
        DRIVER.get((OUTPUT / "internal/handbook/index.html").as_uri())

    def tearDown(self):
        emulate("")

    def entries(self):
        return DRIVER.find_elements(By.CSS_SELECTOR, "article.handbook-entry")

    def test_every_policy_starts_a_page(self):
        emulate("print")
        entries = self.entries()
        self.assertEqual(len(entries), 4)
        starts = DRIVER.execute_script("""
            return Array.prototype.map.call(document.querySelectorAll('article.handbook-entry'), function (entry) {
              if (getComputedStyle(entry).breakBefore === 'page') return true;
              // The first entry of a category shares the page its category's heading starts.
              var previous = entry.previousElementSibling;
              return previous !== null && previous.classList.contains('handbook-section-header')
                && getComputedStyle(entry).breakBefore === 'auto'
                && getComputedStyle(entry.parentElement).breakBefore === 'page'
                && getComputedStyle(previous).breakAfter === 'avoid';
            });""")
        self.assertEqual(starts, [True] * len(entries))
        self.assertEqual(display(".handbook-toc"), "block", "the contents are printed")

    def test_the_contents_lead_to_every_policy(self):
        links = DRIVER.find_elements(By.CSS_SELECTOR, ".handbook-toc a")
        targets = [link.get_attribute("href").split("#", 1)[1] for link in links]
        self.assertGreaterEqual(len(targets), 4 + 2)
        for target in targets:
            self.assertTrue(DRIVER.execute_script("return document.getElementById(arguments[0]) !== null", target), target)
        titles = [entry.find_element(By.CSS_SELECTOR, "h3").get_attribute("id") for entry in self.entries()]
        self.assertTrue(set(titles) <= set(targets))

    def test_printed_to_pdf_it_has_a_page_for_each_policy(self):
        pdf = base64.b64decode(DRIVER.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"])
        pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
        self.assertGreaterEqual(pages, len(self.entries()) + 1, "the contents, then a page or more per policy")


if __name__ == "__main__":
    unittest.main()
