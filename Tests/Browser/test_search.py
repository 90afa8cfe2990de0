"""Search on both sites, in headless Chromium: results as you type, keyboard, the results
page, file:// and a server under a path, and the public index never finding internal words.

Run: python3 -m unittest discover -s Tests/Browser (after `swift build`; CASEBOOK names the binary)."""

import json
import pathlib
import shutil
import tempfile
import unittest
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

import browser


def setUpModule():
    global OUTPUT, ROOT, DRIVER
    OUTPUT = pathlib.Path(tempfile.mkdtemp(prefix="casebook-browser-site-")) / "sub"
    ROOT = browser.build(browser.FIXTURE, OUTPUT)
    DRIVER = browser.chromium()


def tearDownModule():
    DRIVER.quit()
    shutil.rmtree(ROOT, ignore_errors=True)
    shutil.rmtree(OUTPUT.parent, ignore_errors=True)


def page(site, path="index.html"):
    return (OUTPUT / site / path).as_uri()


class SearchBoxTests(unittest.TestCase):
    def setUp(self):
        # Start each test from a blank page with an empty request log.
        DRIVER.get("about:blank")
        browser.requested_urls(DRIVER)
        DRIVER.get_log("browser")

    def open(self, url):
        DRIVER.get(url)
        browser.requested_urls(DRIVER)  # drain what loading the page requested

    def type_query(self, text):
        box = browser.search_box(DRIVER)
        box.clear()
        box.send_keys(text)
        return box

    def test_reading_a_page_loads_nothing_of_the_index(self):
        DRIVER.get(page("public", "policies/late-fee-waiver/index.html"))
        loaded = browser.requested_urls(DRIVER)
        scripts = sorted(path.name for path in (OUTPUT / "public" / "assets").glob("*.js"))
        self.assertIn("casebook.js", scripts)
        self.assertEqual(sorted(url.rsplit("/", 1)[1] for url in loaded if "/assets/" in url and url.endswith(".js")), scripts)
        self.assertFalse([url for url in loaded if "/search/" in url])

    def test_waive_fee_finds_the_late_fee_waiver_with_highlighted_words(self):
        self.open(page("public", "faq/can-you-waive-my-fee/index.html"))
        self.type_query("waive fee")
        browser.wait_for_status(DRIVER, lambda text: text.endswith("results") or text.endswith("result"))
        titles = browser.result_titles(DRIVER)
        # The question that uses both words ranks with the policy (FAQ questions weigh more).
        self.assertEqual(set(titles[:2]), {"Late fee waiver", "Can you waive my late fee?"})
        first = DRIVER.find_elements(By.CSS_SELECTOR, "#site-search-listbox .search-result")[titles.index("Late fee waiver")]
        self.assertEqual(first.find_element(By.CSS_SELECTOR, ".search-result-type").get_attribute("textContent"), "Policy")
        self.assertEqual(first.find_element(By.CSS_SELECTOR, ".search-result-categories").get_attribute("textContent"), "Billing errors")
        marks = [mark.text.lower() for mark in first.find_elements(By.CSS_SELECTOR, ".search-result-snippet mark")]
        self.assertTrue({"waive", "fee"} <= set(marks), marks)
        href = first.find_element(By.CSS_SELECTOR, "a").get_attribute("href")
        self.assertEqual(href, page("public", "policies/late-fee-waiver/index.html"))

    def test_prefixes_match_as_you_type(self):
        self.open(page("public"))
        self.type_query("goodw")
        browser.wait_for_status(DRIVER, lambda text: text == "1 result")
        self.assertEqual(browser.result_titles(DRIVER), ["Goodwill credit"])

    def test_an_internal_word_is_found_on_the_staff_site_only(self):
        self.open(page("public"))
        self.type_query(browser.INTERNAL_WORD)
        status = browser.wait_for_status(DRIVER, lambda text: text.startswith("No results"))
        self.assertIn(browser.INTERNAL_WORD, status)
        self.open(page("internal"))
        self.type_query(browser.INTERNAL_WORD)
        browser.wait_for_status(DRIVER, lambda text: text == "2 results")
        self.assertEqual(sorted(browser.result_titles(DRIVER)), ["Internal reason codes", "Late fee waiver"])

    def test_only_the_shards_a_query_needs_are_loaded_once_each(self):
        self.open(page("public"))
        self.type_query("waive fee")
        browser.wait_for_status(DRIVER, lambda text: "result" in text)
        loaded = [url for url in browser.requested_urls(DRIVER) if "/search/" in url]
        self.assertIn(page("public", "search/manifest.js"), loaded)
        self.assertEqual(len(loaded), len(set(loaded)), loaded)
        self.assertTrue(all(url.startswith(page("public", "search/")) for url in loaded), loaded)

    def test_arrow_keys_and_enter_open_a_result(self):
        self.open(page("public"))
        box = self.type_query("waive fee")
        browser.wait_for_status(DRIVER, lambda text: "result" in text)
        box.send_keys(Keys.ARROW_DOWN)
        box.send_keys(Keys.ARROW_DOWN)
        active = box.get_attribute("aria-activedescendant")
        option = DRIVER.find_element(By.ID, active)
        self.assertEqual(option.get_attribute("aria-selected"), "true")
        self.assertEqual(option, DRIVER.find_elements(By.CSS_SELECTOR, "#site-search-listbox [role=option]")[1])
        target = option.find_element(By.CSS_SELECTOR, "a").get_attribute("href")
        box.send_keys(Keys.ENTER)
        WebDriverWait(DRIVER, 10).until(lambda d: d.current_url == target)

    def test_escape_closes_the_list_then_clears_the_box(self):
        self.open(page("public"))
        box = self.type_query("waive")
        browser.wait_for_status(DRIVER, lambda text: "result" in text)
        self.assertEqual(box.get_attribute("aria-expanded"), "true")
        box.send_keys(Keys.ESCAPE)
        self.assertEqual(box.get_attribute("aria-expanded"), "false")
        box.send_keys(Keys.ESCAPE)
        self.assertEqual(box.get_attribute("value"), "")

    def test_enter_without_a_choice_opens_the_results_page(self):
        self.open(page("public", "policies/goodwill-credit/index.html"))
        box = self.type_query("fee")
        browser.wait_for_status(DRIVER, lambda text: "result" in text)
        box.send_keys(Keys.ENTER)
        WebDriverWait(DRIVER, 10).until(lambda d: "search/index.html" in d.current_url)
        query = urllib.parse.parse_qs(urllib.parse.urlparse(DRIVER.current_url).query)
        self.assertEqual(query.get("q"), ["fee"])
        browser.wait_for_status(DRIVER, lambda text: "results for" in text, selector="#search-page-status")
        titles = browser.result_titles(DRIVER, "#search-page-results .search-result-title")
        self.assertEqual(set(titles), {"Late fee waiver", "Goodwill credit", "Can you waive my late fee?"})

    def test_search_works_served_under_any_path(self):
        server = browser.StaticServer(OUTPUT.parent)
        try:
            DRIVER.get(f"{server.origin}/sub/public/faq/can-you-waive-my-fee/index.html")
            browser.requested_urls(DRIVER)
            self.type_query("waive fee")
            browser.wait_for_status(DRIVER, lambda text: "result" in text)
            self.assertIn("Late fee waiver", browser.result_titles(DRIVER)[:2])
            loaded = browser.requested_urls(DRIVER)
            self.assertTrue(loaded)
            self.assertTrue(all(url.startswith(f"{server.origin}/sub/public/search/") for url in loaded), loaded)
        finally:
            server.stop()

    def test_the_browser_stems_words_as_the_build_does(self):
        self.open(page("public"))
        cases = json.loads((browser.REPOSITORY / "Tests/Fixtures/search-stems.json").read_text(encoding="utf-8"))
        stems = DRIVER.execute_script(
            "return arguments[0].map(function (w) { return window.casebookSearchText.stem(w); });", list(cases["stems"]))
        self.assertEqual(dict(zip(cases["stems"], stems)), cases["stems"])
        self.assertFalse([entry for entry in DRIVER.get_log("browser") if entry["level"] == "SEVERE"])

    def test_a_query_for_words_no_page_has_requests_no_missing_shard(self):
        self.open(page("public"))
        self.type_query("zz qqq " + browser.INTERNAL_WORD)
        browser.wait_for_status(DRIVER, lambda text: text.startswith("No results"))
        self.assertFalse([entry for entry in DRIVER.get_log("browser") if entry["level"] == "SEVERE"])


if __name__ == "__main__":
    unittest.main()
