"""Search on both sites, in headless Chromium: results as you type, keyboard, the results
page, file:// and a server under a path, and the public index never finding internal words;
pages that match only some words shown apart, the type filter, numbers and synonyms.

Run: python3 -m unittest discover -s Tests/Browser (after `swift build`; CASEBOOK names the binary)."""

import pathlib
import shutil
import tempfile
import unittest
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

import browser


# Beside the shared fixture: synonyms, a public FAQ entry that says "refund" and writes its
# numbers both ways, and an internal script, so the staff site has four page types.
SEARCH_FIXTURE = {
    "casebook.yml": browser.FIXTURE["casebook.yml"] + "search:\n  synonyms:\n    refund: [money back, reimbursement]\n",
    "content/faq/how-long-does-a-refund-take.md": """---
title: How long does a refund take?
summary: Refunds reach your card in 5 to ten business days.
categories: [billing-errors]
---
A $5 refund takes as long as a large one.
""",
    "content/scripts/offering-a-goodwill-credit.md": """---
title: Offering a goodwill credit
summary: What to say when a credit makes up for a late delivery.
categories: [billing-errors]
---
> I have added a goodwill credit to your account.
""",
}


def setUpModule():
    global OUTPUT, ROOT, DRIVER
    OUTPUT = pathlib.Path(tempfile.mkdtemp(prefix="casebook-browser-site-")) / "sub"
    ROOT = browser.build(dict(browser.FIXTURE, **SEARCH_FIXTURE), OUTPUT)
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
        browser.wait_for_status(DRIVER, lambda text: "result" in text)
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
        target = option.get_attribute("href")
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

    def test_a_query_for_words_no_page_has_requests_no_missing_shard(self):
        self.open(page("public"))
        self.type_query("zz qqq " + browser.INTERNAL_WORD)
        browser.wait_for_status(DRIVER, lambda text: text.startswith("No results"))
        self.assertFalse([entry for entry in DRIVER.get_log("browser") if entry["level"] == "SEVERE"])


class MatchingTests(unittest.TestCase):
    """What a query finds: pages with every word apart from those with some, numbers, synonyms."""

    def setUp(self):
        DRIVER.get("about:blank")
        DRIVER.get_log("browser")

    def search(self, site, query):
        """The outcome of Casebook.searchIndex.search, each result with its title."""
        DRIVER.get(page(site))
        return DRIVER.execute_async_script("""
            var query = arguments[0], done = arguments[arguments.length - 1];
            var index = window.Casebook.searchIndex;
            index.search(query, function (outcome) {
              index.loadDocuments(outcome.results.map(function (r) { return r.doc; }), function (records) {
                outcome.results.forEach(function (r, i) { r.title = records[i] && records[i].title; });
                done(outcome);
              });
            });""", query)

    def test_pages_with_every_word_come_before_those_with_some(self):
        outcome = self.search("public", "late fee waiver")
        results = [(r["title"], r["full"], r["matched"]) for r in outcome["results"]]
        # "Can you waive my late fee?" has "waive", not "waiver": it matches two words of three.
        self.assertEqual(results[0], ("Late fee waiver", True, 3))
        self.assertEqual([r for r in results[1:] if r[1]], [])
        self.assertEqual(results[1], ("Can you waive my late fee?", False, 2))
        self.assertIn(("Goodwill credit", False, 1), results)
        self.assertEqual([r[2] for r in results], sorted((r[2] for r in results), reverse=True))

    def test_numbers_and_number_words_meet(self):
        refund = "How long does a refund take?"
        for query in ["10 business days", "ten business days", "$5 refund", "5 days"]:
            outcome = self.search("public", query)
            self.assertEqual([r["title"] for r in outcome["results"] if r["full"]], [refund], query)

    def test_synonyms_find_the_page_on_both_sites_and_are_highlighted(self):
        for site in ["public", "internal"]:
            outcome = self.search(site, "money back")
            self.assertEqual([r["title"] for r in outcome["results"] if r["full"]], ["How long does a refund take?"], site)
            self.assertIn("refund", outcome["highlight"])
        self.open_box_query("public", "reimbursement")
        marks = [m.text.lower() for m in DRIVER.find_elements(By.CSS_SELECTOR, "#site-search-listbox mark")]
        self.assertTrue([m for m in marks if m.startswith("refund")], marks)

    def open_box_query(self, site, query):
        DRIVER.get(page(site))
        box = browser.search_box(DRIVER)
        box.send_keys(query)
        return box, browser.wait_for_status(DRIVER, lambda text: "result" in text or "some of them" in text)

    def test_the_search_box_shows_pages_with_some_words_in_their_own_group(self):
        box, status = self.open_box_query("public", "late fee waiver")
        self.assertEqual(status, "1 result, 2 more with some of the words")
        listbox = DRIVER.find_element(By.ID, "site-search-listbox")
        children = listbox.find_elements(By.XPATH, "./li")
        # An option is the link inside its list item; the item itself is only a wrapper.
        self.assertEqual([c.get_attribute("role") for c in children], ["presentation", "group"])
        self.assertEqual(children[0].find_element(By.CSS_SELECTOR, "a").get_attribute("role"), "option")
        group = children[1]
        label = group.find_element(By.CSS_SELECTOR, ".search-partial-label")
        self.assertEqual(label.get_attribute("textContent"), "Pages that match some of your words")
        self.assertEqual(group.get_attribute("aria-labelledby"), label.get_attribute("id"))
        partial = [e.text for e in group.find_elements(By.CSS_SELECTOR, "[role=option] .search-result-title")]
        self.assertEqual(partial[0], "Can you waive my late fee?")
        # The arrow keys go from the first group into the second.
        box.send_keys(Keys.ARROW_DOWN)
        box.send_keys(Keys.ARROW_DOWN)
        active = DRIVER.find_element(By.ID, box.get_attribute("aria-activedescendant"))
        self.assertEqual(active.find_element(By.CSS_SELECTOR, ".search-result-title").text, "Can you waive my late fee?")

    def test_when_no_page_has_every_word_the_box_says_so(self):
        _, status = self.open_box_query("public", "goodwill zzqq")
        self.assertEqual(status, "No page has every word; 1 has some of them")
        self.assertEqual(browser.result_titles(DRIVER), ["Goodwill credit"])

    def results_page(self, site, query, type_=""):
        address = page(site, "search/index.html") + "?q=" + urllib.parse.quote_plus(query) + ("&type=" + type_ if type_ else "")
        DRIVER.get(address)
        return browser.wait_for_status(DRIVER, lambda text: "for" in text or "some of them" in text, selector="#search-page-status")

    def test_the_results_page_lists_pages_with_some_words_apart(self):
        status = self.results_page("public", "late fee waiver")
        self.assertEqual(status, "1 result for \u201clate fee waiver\u201d, 2 more with some of the words")
        WebDriverWait(DRIVER, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-page-partial-results .search-result"))
        self.assertEqual(browser.result_titles(DRIVER, "#search-page-results .search-result-title"), ["Late fee waiver"])
        section = DRIVER.find_element(By.ID, "search-page-partial")
        self.assertTrue(section.is_displayed())
        self.assertEqual(section.find_element(By.TAG_NAME, "h2").text, "Pages that match some of your words")
        partial = browser.result_titles(DRIVER, "#search-page-partial-results .search-result-title")
        self.assertEqual(partial[0], "Can you waive my late fee?")
        self.assertEqual({e.tag_name for e in section.find_elements(By.CSS_SELECTOR, ".search-result-title")}, {"h3"})
        # A query every result has in full shows no such section.
        self.results_page("public", "fee")
        WebDriverWait(DRIVER, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-page-results .search-result"))
        self.assertFalse(DRIVER.find_element(By.ID, "search-page-partial").is_displayed())

    def filter_options(self):
        labels = DRIVER.find_elements(By.CSS_SELECTOR, ".search-filter label")
        return [" ".join(label.text.split()) for label in labels if label.is_displayed()]

    def test_the_results_page_filters_by_type(self):
        self.results_page("internal", "credit")
        WebDriverWait(DRIVER, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-page-results .search-result"))
        self.assertTrue(DRIVER.find_element(By.CSS_SELECTOR, "fieldset.search-filter").is_displayed())
        self.assertEqual(self.filter_options(), ["All types (2)", "Policies (1)", "Scripts (1)"])
        # Keyboard: focus the checked radio button and move to the next type with the arrow key.
        DRIVER.find_element(By.CSS_SELECTOR, ".search-filter input[value='']").send_keys(Keys.SPACE)
        DRIVER.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
        WebDriverWait(DRIVER, 10).until(
            lambda d: browser.result_titles(d, "#search-page-results .search-result-title") == ["Goodwill credit"])
        status = DRIVER.find_element(By.ID, "search-page-status").text
        self.assertEqual(status, "1 result for \u201ccredit\u201d \u2013 Policies only")
        DRIVER.find_element(By.CSS_SELECTOR, ".search-filter input[value='scripts']").click()
        WebDriverWait(DRIVER, 10).until(
            lambda d: browser.result_titles(d, "#search-page-results .search-result-title") == ["Offering a goodwill credit"])
        # A link may choose the type.
        self.results_page("internal", "credit", "scripts")
        WebDriverWait(DRIVER, 10).until(
            lambda d: browser.result_titles(d, "#search-page-results .search-result-title") == ["Offering a goodwill credit"])
        self.assertTrue(DRIVER.find_element(By.CSS_SELECTOR, ".search-filter input[value='scripts']").is_selected())
        self.assertFalse([entry for entry in DRIVER.get_log("browser") if entry["level"] == "SEVERE"])

    def test_a_filter_with_one_type_is_not_shown(self):
        self.results_page("public", "credit")
        WebDriverWait(DRIVER, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-page-results .search-result"))
        self.assertFalse(DRIVER.find_element(By.CSS_SELECTOR, "fieldset.search-filter").is_displayed())


if __name__ == "__main__":
    unittest.main()
