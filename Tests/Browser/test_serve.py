"""`casebook serve` in headless Chromium: the staff/customer toggle, the error overlay after a
save that breaks the build, and the page reloading by itself once the error is fixed."""

import pathlib
import shutil
import subprocess
import tempfile
import time
import unittest

from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import browser


def reloading_wait(driver):
    """A ten-second wait that tries again when the page is reloaded under it, as the server
    reloads the tab after each save (an element found before the reload is then stale)."""
    return WebDriverWait(driver, 10, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException))


class ServeTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.root = pathlib.Path(tempfile.mkdtemp(prefix="casebook-serve-"))
        for path, text in browser.FIXTURE.items():
            (cls.root / path).parent.mkdir(parents=True, exist_ok=True)
            (cls.root / path).write_text(text, encoding="utf-8")
        cls.port = browser.free_port()
        cls.server = subprocess.Popen([browser.CASEBOOK, "serve", "--root", str(cls.root), "--port", str(cls.port), "--no-history"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for line in cls.server.stderr:
            if line.startswith("Serving"):
                break
        cls.driver = browser.chromium()

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.terminate()
        cls.server.wait(timeout=10)
        shutil.rmtree(cls.root, ignore_errors=True)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def bar(self):
        return self.driver.find_element(By.CSS_SELECTOR, ".casebook-serve-bar")

    def test_the_toggle_switches_between_the_staff_and_the_customer_view(self):
        self.driver.get(self.url("/internal/policies/late-fee-waiver/index.html"))
        reloading_wait(self.driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".casebook-serve-bar"))
        self.bar().find_element(By.LINK_TEXT, "Customer view").click()
        reloading_wait(self.driver).until(lambda d: "/public/policies/late-fee-waiver/" in d.current_url)
        self.driver.get(self.url("/internal/policies/internal-codes/index.html"))
        reloading_wait(self.driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".casebook-serve-bar"))
        self.assertIn("Staff only", self.bar().text)

    def test_a_broken_save_shows_the_overlay_and_a_fix_reloads_the_page(self):
        page = self.root / "content/policies/goodwill-credit.md"
        good = page.read_text(encoding="utf-8")
        self.driver.get(self.url("/public/policies/goodwill-credit/index.html"))
        reloading_wait(self.driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".casebook-serve-bar"))
        time.sleep(0.3)  # let the page start waiting for the next build
        page.write_text(good.replace("categories: [billing-errors]", "categories: [biling-errors]"), encoding="utf-8")
        overlay = reloading_wait(self.driver).until(lambda d: d.find_elements(By.ID, "casebook-serve-overlay"))[0]
        self.assertIn("unknown category 'biling-errors'", overlay.text)
        self.assertIn("Goodwill credit", self.driver.find_element(By.TAG_NAME, "h1").text)

        self.driver.execute_script("window.casebookTestMarker = true;")
        page.write_text(good.replace("A goodwill credit", "A GENEROUS goodwill credit"), encoding="utf-8")
        reloading_wait(self.driver).until(lambda d: "GENEROUS" in d.find_element(By.TAG_NAME, "body").text)
        self.assertIsNone(self.driver.execute_script("return window.casebookTestMarker"), "the page reloaded")
        self.assertFalse(self.driver.find_elements(By.ID, "casebook-serve-overlay"))


if __name__ == "__main__":
    unittest.main()
