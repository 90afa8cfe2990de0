"""The deploy recipe, served for real: both sites of a fixture built with base URLs, served
by Debian's nginx through examples/deploy/nginx.conf itself (only its ports, folders,
certificate and password file replaced), read with an HTTP client and in headless Chromium.

The public 404 page at nested addresses: status 404, styled, every link answering 200.
The staff site: 401 without the password (the search files too), 200 with it, noindex on
every answer. Plain HTTP only redirects. Cache-Control of the search files, pages and
theme files; compression. Search through nginx on both sites, the staff one signed in.

Run: python3 -m unittest test_deploy in Tests/Browser (after `swift build`; nginx comes
with `scripts/install-deps --browser`; NGINX names another nginx binary)."""

import gzip
import html.parser
import pathlib
import tempfile
import unittest
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import browser
import nginx_server
from nginx_server import fetch

SHIPPED_CONFIG = browser.REPOSITORY / "examples" / "deploy" / "nginx.conf"
PUBLIC_HOST, STAFF_HOST = "help.northwind.example", "guide.northwind.example"
USER, PASSWORD = "alice", "correct horse battery staple"
SIGNED_IN = {"Authorization": nginx_server.basic_authorization(USER, PASSWORD)}
NOINDEX = "noindex, nofollow, noarchive"
MISSING = ["faq/old-page/", "a/b/c", "policies/late-fee-waiver/old/index.html"]


def fixture(public_url, staff_url):
    """The browser tests' fixture with both base URLs and a Spanish site, which has its own 404 page."""
    config = (f"title: Test Co.\ninternal:\n  base_url: {staff_url}\npublic:\n  base_url: {public_url}\n"
              "defaults:\n  faq: { audience: public }\n  categories: { audience: public }\n"
              "languages:\n  es:\n    name: Español\n")
    return dict(browser.FIXTURE, **{
        "casebook.yml": config,
        "content/faq/can-you-waive-my-fee.es.md":
            "---\ntitle: ¿Pueden perdonar mi recargo?\n---\nPregúntenos y revisaremos su cuenta.\n",
    })


def local_config(text, https_port, http_port, sites, certificates, password_file):
    """The shipped configuration with what differs on this machine replaced; each replaced
    text must be there, so a change to the shipped file cannot leave the test serving another."""
    for shipped, local in [
        ("listen 80;", f"listen 127.0.0.1:{http_port};"),
        ("listen [::]:80;", ""),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;"),
        ("listen [::]:443 ssl http2;", ""),
        ("/srv/casebook/", f"{sites}/"),
        ("/etc/letsencrypt/live/", f"{certificates}/"),
        ("/etc/nginx/casebook-staff.htpasswd", str(password_file)),
    ]:
        if shipped not in text:
            raise AssertionError(f"{SHIPPED_CONFIG} no longer has {shipped!r}: update {__file__}")
        text = text.replace(shipped, local)
    return text


def setUpModule():
    global PUBLIC, STAFF, INSECURE_PUBLIC, SITES, DRIVER
    https_port, http_port = browser.free_port(), browser.free_port()
    PUBLIC = f"https://{PUBLIC_HOST}:{https_port}/"
    STAFF = f"https://{STAFF_HOST}:{https_port}/"
    INSECURE_PUBLIC = f"http://{PUBLIC_HOST}:{http_port}/"
    folder = pathlib.Path(tempfile.mkdtemp(prefix="casebook-deploy-"))
    unittest.addModuleCleanup(browser.remove, folder)
    SITES = folder / "site"
    unittest.addModuleCleanup(browser.remove, browser.build(fixture(PUBLIC, STAFF), SITES))
    nginx_server.write_certificate(folder / "certificates", [PUBLIC_HOST, STAFF_HOST])
    nginx_server.write_password_file(folder / "staff.htpasswd", USER, PASSWORD)
    config = local_config(SHIPPED_CONFIG.read_text(encoding="utf-8"), https_port, http_port,
                          SITES, folder / "certificates", folder / "staff.htpasswd")
    server = nginx_server.Nginx(folder / "nginx", config)
    unittest.addModuleCleanup(server.stop)
    server.start([https_port, http_port])
    # Chromium finds both hosts on 127.0.0.1 and takes the self-signed certificate.
    DRIVER = browser.chromium(arguments=[
        f"--host-resolver-rules=MAP {PUBLIC_HOST} 127.0.0.1, MAP {STAFF_HOST} 127.0.0.1",
        "--ignore-certificate-errors", "--no-proxy-server"])
    unittest.addModuleCleanup(DRIVER.quit)


class _Links(html.parser.HTMLParser):
    """Every address a page links to or loads, but links within the page (#...)."""

    def __init__(self):
        super().__init__()
        self.addresses = set()

    def handle_starttag(self, tag, attributes):
        for name, value in attributes:
            if name in ("href", "src", "action") and value and not value.startswith("#"):
                self.addresses.add(value)


def addresses_in(page):
    parser = _Links()
    parser.feed(page.decode("utf-8"))
    return parser.addresses


class NotFoundPageTests(unittest.TestCase):
    """The public 404 page, served by nginx's error_page at addresses of any depth."""

    def test_a_missing_address_gets_the_404_page_of_its_language_with_status_404(self):
        for path, page in [(path, "404.html") for path in MISSING] + [("es/faq/old-page/", "es/404.html")]:
            with self.subTest(path=path):
                response = fetch(PUBLIC + path)
                self.assertEqual(response.status, 404)
                self.assertEqual(response.body, (SITES / "public" / page).read_bytes())

    def test_everything_the_404_page_links_to_or_loads_answers_200(self):
        for path in MISSING + ["es/faq/old-page/"]:
            page = PUBLIC + path
            addresses = {urllib.parse.urljoin(page, address) for address in addresses_in(fetch(page).body)}
            self.assertIn(PUBLIC + ("es/" if path.startswith("es/") else "") + "assets/casebook.css", addresses)
            for address in sorted(addresses):
                with self.subTest(page=path, address=address):
                    self.assertTrue(address.startswith(PUBLIC), address)
                    self.assertEqual(fetch(address).status, 200)

    def test_at_a_nested_address_chromium_styles_the_404_page_and_its_link_leads_home(self):
        DRIVER.get("about:blank")
        browser.response_statuses(DRIVER)
        DRIVER.get(PUBLIC + "faq/old-page/")
        statuses = browser.response_statuses(DRIVER)
        self.assertEqual(statuses.pop(PUBLIC + "faq/old-page/"), 404)
        self.assertEqual(statuses.get(PUBLIC + "assets/casebook.css"), 200)
        self.assertEqual({url: status for url, status in statuses.items() if status != 200}, {})
        # With a base_url the page has no inline styles: the theme's stylesheet hides the
        # search box's label, or nothing does.
        self.assertFalse(DRIVER.find_elements(By.CSS_SELECTOR, "style"))
        label = DRIVER.find_element(By.ID, "site-search-label")
        self.assertEqual(label.value_of_css_property("position"), "absolute")
        self.assertEqual(label.size["width"], 1)
        DRIVER.find_element(By.CSS_SELECTOR, ".page-404 a").click()
        WebDriverWait(DRIVER, 10).until(lambda d: d.current_url == PUBLIC + "index.html")
        self.assertIn("kind-home", DRIVER.find_element(By.TAG_NAME, "body").get_attribute("class").split())


class SignInTests(unittest.TestCase):
    """The staff site only with the password, over HTTPS only, and noindex on every answer."""

    STAFF_PATHS = ["", "policies/internal-codes/index.html", "search/manifest.js", "404.html", "faq/old-page/"]

    def test_without_the_password_every_address_answers_401_with_nothing_of_the_site(self):
        for path in self.STAFF_PATHS:
            for headers in [{}, {"Authorization": nginx_server.basic_authorization(USER, "wrong")}]:
                with self.subTest(path=path, headers=headers):
                    response = fetch(STAFF + path, headers)
                    self.assertEqual(response.status, 401)
                    self.assertTrue(response.headers["WWW-Authenticate"].startswith("Basic realm="))
                    self.assertEqual(response.headers["X-Robots-Tag"], NOINDEX)
                    self.assertNotIn(browser.INTERNAL_WORD.encode(), response.body)
                    self.assertNotIn(b"Internal reason codes", response.body)

    def test_with_the_password_pages_answer_200_and_are_marked_noindex(self):
        response = fetch(STAFF + "policies/internal-codes/index.html", SIGNED_IN)
        self.assertEqual(response.status, 200)
        self.assertIn(browser.INTERNAL_WORD.encode(), response.body)
        self.assertEqual(response.headers["X-Robots-Tag"], NOINDEX)
        self.assertEqual(response.headers["Referrer-Policy"], "same-origin")
        missing = fetch(STAFF + "faq/old-page/", SIGNED_IN)
        self.assertEqual(missing.status, 404)
        self.assertEqual(missing.body, (SITES / "internal" / "404.html").read_bytes())
        self.assertEqual(missing.headers["X-Robots-Tag"], NOINDEX)

    def test_the_public_site_asks_for_no_password_and_is_not_marked_noindex(self):
        for path in ["", "policies/late-fee-waiver/index.html", "faq/old-page/"]:
            with self.subTest(path=path):
                response = fetch(PUBLIC + path)
                self.assertIn(response.status, (200, 404))
                self.assertNotIn("WWW-Authenticate", response.headers)
                self.assertNotIn("X-Robots-Tag", response.headers)

    def test_plain_http_only_redirects_to_https_and_never_asks_for_the_password(self):
        http_port = urllib.parse.urlsplit(INSECURE_PUBLIC).port
        for host in [PUBLIC_HOST, STAFF_HOST]:
            with self.subTest(host=host):
                response = fetch(f"http://{host}:{http_port}/faq/?q=fee")
                self.assertEqual(response.status, 301)
                self.assertEqual(response.headers["Location"], f"https://{host}/faq/?q=fee")
                self.assertNotIn("WWW-Authenticate", response.headers)


class CachingTests(unittest.TestCase):
    """Cache-Control: the search index and pages revalidated on each use, theme files kept
    five minutes, and nothing of the staff site in a shared cache."""

    def search_files(self, site):
        search = SITES / site / "search"
        shard, bucket = sorted((search / "t").glob("*.js"))[0], sorted((search / "d").glob("*.js"))[0]
        return ["search/manifest.js", f"search/t/{shard.name}", f"search/d/{bucket.name}", "es/search/manifest.js"]

    def test_the_search_files_are_asked_for_again_each_time_and_answer_304_when_unchanged(self):
        for origin, site, headers, expected in [(PUBLIC, "public", {}, "no-cache"),
                                                (STAFF, "internal", SIGNED_IN, "private, no-cache")]:
            for path in self.search_files(site):
                with self.subTest(site=site, path=path):
                    response = fetch(origin + path, headers)
                    self.assertEqual(response.status, 200)
                    self.assertEqual(response.headers["Cache-Control"], expected)
                    again = fetch(origin + path, dict(headers, **{"If-None-Match": response.headers["ETag"]}))
                    self.assertEqual(again.status, 304)

    def test_pages_are_asked_for_again_and_theme_files_kept_five_minutes(self):
        for origin, headers, prefix in [(PUBLIC, {}, ""), (STAFF, SIGNED_IN, "private, ")]:
            for path, expected in [("", "no-cache"), ("policies/late-fee-waiver/index.html", "no-cache"),
                                   ("search/index.html", "no-cache"), ("faq/old-page/", "no-cache"),
                                   ("assets/casebook.css", "max-age=300"), ("assets/casebook-search.js", "max-age=300")]:
                with self.subTest(origin=origin, path=path):
                    self.assertEqual(fetch(origin + path, headers).headers["Cache-Control"], prefix + expected)

    def test_text_is_sent_compressed_to_browsers_that_take_it(self):
        for path in ["search/manifest.js", "assets/casebook.css", "index.html"]:
            with self.subTest(path=path):
                response = fetch(PUBLIC + path, {"Accept-Encoding": "gzip"})
                self.assertEqual(response.headers["Content-Encoding"], "gzip")
                self.assertEqual(gzip.decompress(response.body), (SITES / "public" / path).read_bytes())


class SearchThroughNginxTests(unittest.TestCase):
    """Search in Chromium, each site served by nginx; on the staff site signed in (Chromium
    sends the Authorization header with every request, through the DevTools protocol)."""

    def search(self, page, query):
        DRIVER.get(page)
        browser.response_statuses(DRIVER)
        box = browser.search_box(DRIVER)
        box.clear()
        box.send_keys(query)
        status = browser.wait_for_status(DRIVER, lambda text: "result" in text)
        loaded = {url: code for url, code in browser.response_statuses(DRIVER).items() if "/search/" in url}
        # A file loaded again is only revalidated: 304.
        self.assertTrue(loaded)
        self.assertEqual({url: code for url, code in loaded.items() if code not in (200, 304)}, {})
        return status

    def test_the_public_site_finds_public_words_and_nothing_internal(self):
        self.search(PUBLIC + "faq/can-you-waive-my-fee/index.html", "waive fee")
        self.assertIn("Late fee waiver", browser.result_titles(DRIVER)[:2])
        status = self.search(PUBLIC, browser.INTERNAL_WORD)
        self.assertTrue(status.startswith("No results"), status)

    def test_the_staff_site_searched_signed_in_finds_internal_words(self):
        DRIVER.execute_cdp_cmd("Network.enable", {})
        DRIVER.execute_cdp_cmd("Network.setExtraHTTPHeaders", {"headers": SIGNED_IN})
        try:
            status = self.search(STAFF, browser.INTERNAL_WORD)
            self.assertEqual(status, "2 results")
            self.assertEqual(sorted(browser.result_titles(DRIVER)), ["Internal reason codes", "Late fee waiver"])
        finally:
            DRIVER.execute_cdp_cmd("Network.setExtraHTTPHeaders", {"headers": {}})


if __name__ == "__main__":
    unittest.main()
