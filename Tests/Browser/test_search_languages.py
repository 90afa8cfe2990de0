"""The browser never stems: it searches each word as the term the build made of it, which the
index says. English: every word and text of Tests/Fixtures/search-stems.json on a site whose
page has them. Spanish: the index the build makes with language "es"
(Tests/Fixtures/search-index-es, kept up to date by SpanishSearchIndexTests) finds the page
that says "reembolso" for "reembolsos".

Run: python3 -m unittest discover -s Tests/Browser (after `swift build`; CASEBOOK names the binary)."""

import json
import pathlib
import shutil
import tempfile
import unittest

from selenium.webdriver.common.by import By

import browser

CASES = json.loads((browser.REPOSITORY / "Tests/Fixtures/search-stems.json").read_text(encoding="utf-8"))
SPANISH_INDEX = browser.REPOSITORY / "Tests/Fixtures/search-index-es"

# One public FAQ entry that has every English word and text of the shared cases.
WORDS_FIXTURE = {
    "casebook.yml": "title: Words\ndefaults:\n  faq: { audience: public }\n",
    "content/faq/every-word.md": "---\ntitle: Every word\n---\n" + " ".join(CASES["en"]["stems"]) + "\n\n"
    + "\n\n".join(CASES["en"]["terms"]) + "\n",
}

# Resolves with the outcome of Casebook.searchIndex.search, each result with its title.
SEARCH = """
var query = arguments[0], done = arguments[arguments.length - 1];
var index = window.Casebook.searchIndex;
index.search(query, function (outcome) {
  index.loadDocuments(outcome.results.map(function (r) { return r.doc; }), function (records) {
    outcome.results.forEach(function (r, i) { r.title = records[i] && records[i].title; });
    done(outcome);
  });
});
"""


def setUpModule():
    global OUTPUT, ROOT, DRIVER
    OUTPUT = pathlib.Path(tempfile.mkdtemp(prefix="casebook-browser-words-"))
    ROOT = browser.build(WORDS_FIXTURE, OUTPUT / "site")
    # The Spanish help center: the built site's theme and pages with the Spanish index.
    shutil.copytree(OUTPUT / "site" / "public", OUTPUT / "es")
    shutil.rmtree(OUTPUT / "es" / "search" / "t")
    shutil.rmtree(OUTPUT / "es" / "search" / "d")
    shutil.copytree(SPANISH_INDEX, OUTPUT / "es" / "search", dirs_exist_ok=True)
    DRIVER = browser.chromium()


def tearDownModule():
    DRIVER.quit()
    shutil.rmtree(ROOT, ignore_errors=True)
    shutil.rmtree(OUTPUT, ignore_errors=True)


def unique(terms):
    return list(dict.fromkeys(terms))


class LanguageTests(unittest.TestCase):
    def search(self, site, query):
        DRIVER.get((OUTPUT / site / "index.html").as_uri())
        return DRIVER.execute_async_script(SEARCH, query)

    def test_english_words_are_searched_as_the_build_made_their_terms(self):
        DRIVER.get("about:blank")
        DRIVER.get_log("browser")
        for word, stem in CASES["en"]["stems"].items():
            self.assertEqual(self.search("site/public", word)["terms"], [stem], word)
        for text, terms in CASES["en"]["terms"].items():
            outcome = self.search("site/public", text)
            self.assertEqual(outcome["terms"], unique(terms), text)
        self.assertFalse([entry for entry in DRIVER.get_log("browser") if entry["level"] == "SEVERE"])

    def test_a_spanish_index_finds_reembolso_for_reembolsos(self):
        outcome = self.search("es", "reembolsos")
        self.assertEqual(outcome["terms"], ["reembols"])
        self.assertIn("¿Cuánto tarda un reembolso?", [r["title"] for r in outcome["results"] if r["full"]])
        # Spanish stop words are dropped, number words are digits, accents as Snowball reads them.
        outcome = self.search("es", "el reembolso tarda diez días hábiles")
        self.assertEqual(outcome["terms"], ["reembols", "tard", "10", "dias", "habil"])
        self.assertEqual([r["title"] for r in outcome["results"] if r["full"]], ["¿Cuánto tarda un reembolso?"])

    def test_the_spanish_search_box_highlights_every_form_of_the_word(self):
        DRIVER.get((OUTPUT / "es" / "index.html").as_uri())
        browser.search_box(DRIVER).send_keys("reembolsos")
        browser.wait_for_status(DRIVER, lambda text: "result" in text)
        self.assertIn("¿Cuánto tarda un reembolso?", browser.result_titles(DRIVER))
        marks = {m.text.lower() for m in DRIVER.find_elements(By.CSS_SELECTOR, "#site-search-listbox mark")}
        self.assertIn("reembolso", marks)

    def test_a_word_no_page_has_finds_the_term_it_begins_with(self):
        # "tarjetas" is on no page; "tarjeta" is, as the term "tarjet".
        outcome = self.search("es", "tarjetas")
        self.assertEqual([r["title"] for r in outcome["results"]], ["¿Cuánto tarda un reembolso?"])


if __name__ == "__main__":
    unittest.main()
