# The two commands of the README. Each installs what it needs first.
.PHONY: deps site test

deps:
	@scripts/install-deps

# Build the sample site from content/ into site/internal and site/public.
site: deps
	swift run casebook build

# Run every test.
test: deps
	swift test
