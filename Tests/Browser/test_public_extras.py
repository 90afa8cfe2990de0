"""The public site's extras in headless Chromium, opened from disk: the JSON-LD parses as
JSON in the browser (and runs as no script), the breadcrumb links lead where they say, and
the "Still need help?" block shows; the staff site has none of them."""

import json
import unittest

from selenium.webdriver.common.by import By

import browser

CONFIGURATION = """title: Test Co.
public:
  base_url: https://help.test.example/
  contact:
    text: Ask our team.
    email: help@test.example
    phone: +1 555 0100
defaults:
  faq: { audience: public }
  categories: { audience: public }
"""

FAQ = "faq/can-you-waive-my-fee/index.html"


def setUpModule():
    global OUTPUT, ROOT, DRIVER
    OUTPUT, ROOT = browser.built_site(dict(browser.FIXTURE, **{"casebook.yml": CONFIGURATION}), "extras")
    DRIVER = browser.chromium()


def tearDownModule():
    DRIVER.quit()
    browser.remove(ROOT, OUTPUT)


def structured_data():
    """The text of every JSON-LD script of the open page, as the browser reads it."""
    return DRIVER.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('script[type=\"application/ld+json\"]'),"
        " function (s) { return s.textContent; });")


class PublicExtrasTests(unittest.TestCase):
    def test_the_faq_page_describes_its_question_and_its_trail(self):
        DRIVER.get((OUTPUT / "public" / FAQ).as_uri())
        texts = structured_data()
        self.assertEqual(len(texts), 2)
        objects = {item["@type"]: item for item in map(json.loads, texts)}
        heading = DRIVER.find_element(By.TAG_NAME, "h1").text
        question = objects["FAQPage"]["mainEntity"][0]
        self.assertEqual(question["name"], heading)
        self.assertEqual(question["acceptedAnswer"]["text"], "Ask us and we will look at your account.")
        self.assertEqual([item["name"] for item in objects["BreadcrumbList"]["itemListElement"]],
                         ["Home", "FAQ", heading])
        # A JSON-LD script is data: the browser runs none of it, so the console stays clean.
        errors = [entry for entry in DRIVER.get_log("browser") if entry["level"] == "SEVERE"]
        self.assertEqual(errors, [])

    def test_the_breadcrumbs_lead_to_the_section(self):
        DRIVER.get((OUTPUT / "public" / FAQ).as_uri())
        trail = DRIVER.find_element(By.CSS_SELECTOR, "nav.breadcrumbs[aria-label='Breadcrumb']")
        self.assertTrue(trail.is_displayed())
        self.assertEqual(trail.find_element(By.CSS_SELECTOR, "[aria-current='page']").text,
                         DRIVER.find_element(By.TAG_NAME, "h1").text)
        trail.find_element(By.LINK_TEXT, "FAQ").click()
        self.assertTrue(DRIVER.current_url.endswith("/public/faq/index.html"))

    def test_the_contact_block_shows_on_the_public_site_only(self):
        DRIVER.get((OUTPUT / "public" / FAQ).as_uri())
        block = DRIVER.find_element(By.CSS_SELECTOR, "aside.contact-block")
        self.assertTrue(block.is_displayed())
        self.assertIn("Still need help?", block.text)
        self.assertEqual(block.find_element(By.LINK_TEXT, "help@test.example").get_attribute("href"),
                         "mailto:help@test.example")
        self.assertEqual(block.find_element(By.LINK_TEXT, "+1 555 0100").get_attribute("href"), "tel:+15550100")
        DRIVER.get((OUTPUT / "internal" / FAQ).as_uri())
        for selector in ("aside.contact-block", "nav.breadcrumbs", "link[rel='canonical']",
                         "meta[property^='og:']", "script[type='application/ld+json']"):
            self.assertEqual(DRIVER.find_elements(By.CSS_SELECTOR, selector), [], selector)


if __name__ == "__main__":
    unittest.main()
