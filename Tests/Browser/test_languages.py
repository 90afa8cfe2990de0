"""Languages in headless Chromium, on a site opened from disk: the language menu leads to the
same page in the other language's site, also from a page shown untranslated, and back."""

import unittest

from selenium.webdriver.common.by import By

import browser

CONTENT = dict(browser.FIXTURE, **{
    "casebook.yml": "title: Test Co.\npublic:\n  base_url: https://help.test.example/\n"
                    "defaults:\n  faq: { audience: public }\n  categories: { audience: public }\n"
                    "languages:\n  es: { public: { title: Ayuda de Test Co. } }\n",
    "content/faq/can-you-waive-my-fee.es.md": """---
title: ¿Pueden eximirme del recargo?
summary: Normalmente una vez al año, si lo pide.
---
Pídanoslo y revisaremos su cuenta.
""",
})


def setUpModule():
    global OUTPUT, ROOT, DRIVER
    OUTPUT, ROOT = browser.built_site(CONTENT, "languages")
    DRIVER = browser.chromium()


def tearDownModule():
    DRIVER.quit()
    browser.remove(ROOT, OUTPUT)


def choose(language):
    DRIVER.find_element(By.CSS_SELECTOR, f".language-menu a[hreflang='{language}']").click()


class LanguageMenuTests(unittest.TestCase):
    def test_the_menu_lands_on_the_same_page_in_the_other_language_and_back(self):
        DRIVER.get((OUTPUT / "public/faq/can-you-waive-my-fee/index.html").as_uri())
        choose("es")
        self.assertEqual(DRIVER.current_url, (OUTPUT / "public/es/faq/can-you-waive-my-fee/index.html").as_uri())
        self.assertEqual(DRIVER.find_element(By.TAG_NAME, "html").get_attribute("lang"), "es")
        self.assertEqual(DRIVER.find_element(By.TAG_NAME, "h1").text, "¿Pueden eximirme del recargo?")
        current = DRIVER.find_element(By.CSS_SELECTOR, ".language-menu a[aria-current]")
        self.assertEqual(current.get_attribute("hreflang"), "es")
        choose("en")
        self.assertEqual(DRIVER.current_url, (OUTPUT / "public/faq/can-you-waive-my-fee/index.html").as_uri())

    def test_an_untranslated_page_is_shown_in_the_default_language_marked_as_such(self):
        DRIVER.get((OUTPUT / "public/policies/late-fee-waiver/index.html").as_uri())
        choose("es")
        self.assertEqual(DRIVER.current_url, (OUTPUT / "public/es/policies/late-fee-waiver/index.html").as_uri())
        self.assertEqual(DRIVER.find_element(By.TAG_NAME, "main").get_attribute("lang"), "en")
        self.assertTrue(DRIVER.find_element(By.CSS_SELECTOR, ".fallback-notice").is_displayed())
        # Its links stay in the Spanish site.
        home = DRIVER.find_element(By.CSS_SELECTOR, ".site-title").get_attribute("href")
        self.assertEqual(home, (OUTPUT / "public/es/index.html").as_uri())


if __name__ == "__main__":
    unittest.main()
