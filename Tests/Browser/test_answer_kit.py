"""The agent's answer on one screen, in headless Chromium on a site opened from disk: the
approval calculator, one case carried across script pages, "New case", the whole-script copy
and the case note; and, on the sample content, every scenario's policy, limits and grant and
deny scripts within two clicks of the staff home page."""

import pathlib
import re
import shutil
import tempfile
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

import browser

CONTENT = {
    "casebook.yml": "title: Test Co.\ndefaults:\n  faq: { audience: public }\n  categories: { audience: public }\n",
    "content/categories/billing-errors.md": "---\ntitle: Billing errors\nsummary: Wrong charges.\n---\nMistakes on a bill.\n",
    "content/policies/late-fee-waiver.md": """---
title: Late fee waiver
summary: When we waive a late fee.
owner: Billing Team
effective: 2026-01-15
categories: [billing-errors]
related: [scripts/waiving-a-late-fee.md, scripts/declining-a-waiver.md]
authority:
  - { role: Agent, up_to: "any amount (a correction)", when: "our outage caused the late payment" }
  - { role: Agent, up_to: "$25" }
  - { role: Supervisor, up_to: "$100" }
steps: [Find the invoice., Ask what happened.]
---
We waive a late fee once a year.
""",
    "content/policies/authority-limits.md": """---
title: Authority limits
summary: Every role's limit.
owner: Customer Care
scope: general
categories: [billing-errors]
authority:
  - { role: Agent, up_to: "$20" }
  - { role: Supervisor, up_to: "$200" }
---
The limits.
""",
    "content/scripts/waiving-a-late-fee.md": """---
title: Waiving a late fee
summary: Saying yes.
outcome: grant
categories: [billing-errors]
related: [scripts/declining-a-waiver.md, policies/late-fee-waiver.md]
---
Check the account first.

> Thank you, [customer name]. I have waived the [fee amount] fee.

> It will be gone from your account by [credit date].
""",
    "content/scripts/declining-a-waiver.md": """---
title: Declining a waiver
summary: Saying no.
outcome: deny
categories: [billing-errors]
related: [scripts/waiving-a-late-fee.md, policies/late-fee-waiver.md]
---
> I'm sorry, [customer name], we can't waive the [fee amount] fee this time.
""",
}

# Keeps what a copy button copies instead of touching the machine's clipboard.
CAPTURE_CLIPBOARD = """
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: {
      writeText: function (text) { document.body.setAttribute("data-copied", text); return Promise.resolve(); }
    } });"""


def setUpModule():
    global OUTPUT, ROOT, DRIVER
    OUTPUT, ROOT = browser.built_site(CONTENT, "answer")
    DRIVER = browser.chromium()


def tearDownModule():
    DRIVER.quit()
    browser.remove(ROOT, OUTPUT)


def open_page(path):
    DRIVER.get((OUTPUT / "internal" / path).as_uri())
    WebDriverWait(DRIVER, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")


def click(element):
    """Clicks `element` once it is scrolled to the middle of the window, clear of the page's header."""
    DRIVER.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element)
    element.click()


def calculate(form, amount):
    field = form.find_element(By.CSS_SELECTOR, "[data-calculator-amount]")
    field.clear()
    field.send_keys(amount)
    return [line.text for line in form.find_elements(By.CSS_SELECTOR, ".calculator-line")]


def copied():
    return WebDriverWait(DRIVER, 10).until(
        lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-copied"))


class CalculatorTests(unittest.TestCase):
    def test_the_policy_page_names_who_may_approve_an_amount_in_each_situation(self):
        open_page("policies/late-fee-waiver/index.html")
        form = DRIVER.find_element(By.CSS_SELECTOR, ".answer-kit form[data-approval-calculator]")
        self.assertTrue(form.is_displayed())
        self.assertEqual(calculate(form, "$40"), [
            "When our outage caused the late payment: Agent may approve $40; limit: any amount (a correction).",
            "Otherwise: Supervisor may approve $40; limit: $100.",
        ])
        self.assertEqual(calculate(form, "20")[1], "Otherwise: Agent may approve 20; limit: $25.")
        self.assertEqual(calculate(form, "$600")[1],
                         "Otherwise: no one listed may approve $600; the highest limit is Supervisor's, $100: escalate it.")
        self.assertEqual(calculate(form, "lots"), [])
        self.assertEqual(form.find_element(By.CSS_SELECTOR, "[data-calculator-answer]").text, "Type an amount, like $40.")

    def test_the_authority_page_answers_for_the_chosen_scenario_with_overrides_applied(self):
        open_page("authority/index.html")
        form = DRIVER.find_element(By.CSS_SELECTOR, "form[data-approval-calculator]")
        Select(form.find_element(By.CSS_SELECTOR, "select[data-calculator-row]")).select_by_visible_text("Billing errors")
        # The general $20 and $200 are overridden by the late fee waiver here.
        self.assertEqual(calculate(form, "$150"), [
            "When our outage caused the late payment: Agent may approve $150; limit: any amount (a correction).",
            "Otherwise: no one listed may approve $150; the highest limit is Supervisor's, $100: escalate it.",
        ])


class CaseTests(unittest.TestCase):
    def setUp(self):
        open_page("scripts/waiving-a-late-fee/index.html")
        DRIVER.execute_script("window.sessionStorage.clear();")
        DRIVER.refresh()

    def field(self, name, scope=".fill-in-form"):
        return DRIVER.find_element(By.CSS_SELECTOR, f"{scope} input.fill-in[data-field='{name}']")

    def test_values_follow_the_agent_to_the_next_script_until_a_new_case(self):
        self.field("customer name").send_keys("Ada")
        self.field("fee amount").send_keys("$15")
        open_page("scripts/declining-a-waiver/index.html")
        self.assertEqual(self.field("customer name").get_attribute("value"), "Ada")
        in_text = DRIVER.find_elements(By.CSS_SELECTOR, "[data-script] input.fill-in[data-field='fee amount']")
        self.assertEqual([field.get_attribute("value") for field in in_text], ["$15"])
        click(DRIVER.find_element(By.CSS_SELECTOR, ".fill-in-form [data-new-case]"))
        self.assertEqual(self.field("customer name").get_attribute("value"), "")
        self.assertEqual(in_text[0].get_attribute("value"), "")
        open_page("scripts/waiving-a-late-fee/index.html")
        self.assertEqual(self.field("customer name").get_attribute("value"), "")

    def test_copy_whole_script_copies_every_passage_in_order(self):
        self.field("customer name").send_keys("Ada")
        DRIVER.execute_script(CAPTURE_CLIPBOARD)
        button = DRIVER.find_element(By.CSS_SELECTOR, ".copy-bar-whole .copy-button")
        self.assertEqual(button.text, "Copy whole script")
        click(button)
        self.assertEqual(copied(), "Thank you, Ada. I have waived the [fee amount] fee.\n\n"
                                   "It will be gone from your account by [credit date].")
        status = WebDriverWait(DRIVER, 10).until(
            lambda d: d.find_element(By.CSS_SELECTOR, ".copy-bar-whole .copy-status").text.strip())
        self.assertEqual(status, "Copied. 2 fields are still empty: [fee amount], [credit date].")

    def test_the_case_note_names_the_policy_its_date_and_version(self):
        click(DRIVER.find_element(By.CSS_SELECTOR, ".case-note > summary"))
        note = DRIVER.find_element(By.CSS_SELECTOR, "[data-case-note]")
        note.find_element(By.CSS_SELECTOR, "[data-note-field='Request']").send_keys("Waive the late fee")
        Select(note.find_element(By.CSS_SELECTOR, "select[data-note-field='Decision']")).select_by_visible_text("Granted")
        note.find_element(By.CSS_SELECTOR, "[data-note-field='Amount']").send_keys("$15")
        DRIVER.execute_script(CAPTURE_CLIPBOARD)
        click(note.find_element(By.CSS_SELECTOR, "[data-copy-note]"))
        text = copied()
        self.assertRegex(text, re.compile(
            r"^Case note\nRequest: Waive the late fee\nDecision: Granted\nAmount: \$15\nApproved by: -\nReason: -\n"
            r"Policy: Late fee waiver, effective 2026-01-15, version [0-9a-f]{10}$"))
        self.assertEqual(note.find_element(By.CSS_SELECTOR, "[data-note-preview]").text, text)
        # The note's fields are part of the case too.
        open_page("policies/late-fee-waiver/index.html")
        field = DRIVER.find_element(By.CSS_SELECTOR, "[data-case-note] [data-note-field='Amount']")
        self.assertEqual(field.get_attribute("value"), "$15")


class SampleWalkTests(unittest.TestCase):
    """On the sample content: from the staff home page, each scenario's specific policies, their
    limits and a grant and a deny script are at most two clicks away, and a search for the
    scenario's typical request puts a right page in the top three."""

    # Category → (what an agent types for its typical request, the pages that answer it).
    TYPICAL_REQUESTS = {
        "Billing errors": ("waive late fee", {"Late fee waiver", "Waiving a late fee after an outage"}),
        "Service failures": ("missed appointment credit", {"Service failure credits"}),
        "Unexpected circumstances": ("customer died return", {
            "Bereavement and serious illness return extension", "Helping after a bereavement"}),
        "Payment difficulties": ("pay in installments", {
            "Customer-set payment plan", "Offering a customer-set payment plan", "Can I set up a payment plan?"}),
        "Returns and exchanges": ("damaged item partial refund", {"Service failure credits"}),
        "Loyalty recognition": ("10 year customer", {"Loyalty recognition", "Recognizing a loyal customer"}),
    }

    @classmethod
    def setUpClass(cls):
        cls.output = pathlib.Path(tempfile.mkdtemp(prefix="casebook-browser-sample-"))
        browser.build_root(browser.REPOSITORY, cls.output)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.output, ignore_errors=True)

    def test_every_category_reaches_its_policy_limits_and_scripts_in_two_clicks(self):
        DRIVER.get((self.output / "internal/index.html").as_uri())
        categories = [(link.text, link.get_attribute("href")) for link in
                      DRIVER.find_elements(By.CSS_SELECTOR, "main a[href*='categories/'][href$='index.html']")
                      if "/categories/index.html" not in link.get_attribute("href")]
        categories = list(dict.fromkeys(categories))
        self.assertGreaterEqual(len(categories), 6)
        for title, href in categories:
            with self.subTest(category=title):
                DRIVER.get(href)  # click 1
                policies = DRIVER.find_elements(By.CSS_SELECTOR, ".decision-policies > li > a.page-list-link")
                self.assertTrue(policies, "no policy written for the scenario")
                self.assertTrue(DRIVER.find_elements(By.CSS_SELECTOR, "#scripts-grant + .page-list a"), "no grant script")
                self.assertTrue(DRIVER.find_elements(By.CSS_SELECTOR, "#scripts-deny + .page-list a"), "no deny script")
                DRIVER.get(policies[0].get_attribute("href"))  # click 2
                kit = DRIVER.find_element(By.CSS_SELECTOR, ".answer-kit")
                self.assertTrue(kit.find_elements(By.CSS_SELECTOR, "table tr[data-role]"), "no limits")
                self.assertTrue(kit.find_elements(By.CSS_SELECTOR, ".outcome-grant"), "no grant script")
                self.assertTrue(kit.find_elements(By.CSS_SELECTOR, ".outcome-deny"), "no deny script")

    def test_a_search_for_each_scenarios_typical_request_finds_a_right_page_in_the_top_three(self):
        for category, (query, answers) in self.TYPICAL_REQUESTS.items():
            with self.subTest(category=category, query=query):
                DRIVER.get((self.output / "internal/index.html").as_uri())
                box = browser.search_box(DRIVER)
                box.send_keys(query)
                browser.wait_for_status(DRIVER, lambda text: "result" in text)
                top = browser.result_titles(DRIVER)[:3]
                self.assertTrue(answers & set(top), f"{query!r}: top three {top}")


if __name__ == "__main__":
    unittest.main()
