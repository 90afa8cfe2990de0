# The two commands of the README. Each installs what it needs first.
.PHONY: deps browser-deps site test screenshots release

deps:
	@scripts/install-deps

browser-deps:
	@scripts/install-deps --browser

# Build the sample site from content/ into site/internal and site/public.
site: deps
	swift run casebook build

# Run every test: the Swift tests, then search in a real browser (headless Chromium), then
# the release tarball (a release build, unpacked and run under an empty environment).
test: browser-deps
	swift test
	swift build --product casebook
	cd Tests/Browser && python3 -m unittest discover --pattern 'test_*.py'
	cd Tests/Release && python3 -m unittest test_release

# The self-contained binary: dist/casebook-<version>-linux-<arch>.tar.gz (see scripts/release).
release: deps
	scripts/release dist

# Retake the README's screenshots (docs/screenshots/) of the sample site.
screenshots: browser-deps
	swift build --product casebook
	python3 Tests/Browser/screenshots.py docs/screenshots
