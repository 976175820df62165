# lit — two commands set up a fresh Debian machine with Swift and do the work:
#   make run    install what is missing, build lit (release), put it on the PATH, run the book
#   make test   install what is missing, lint, build, run every test, check the book and site
# Other targets: make bench, make golden, make reference, make fresh-check, make fuzz,
# make sanitize, make site, make install.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
# libcurl4-openssl-dev: the static release link of lit-serve (FlyingFox imports FoundationNetworking).
# python3, python3-numpy, python3-nbformat: tests check that what lit writes (.npy files, JSON
# reports, notebooks) is read by the real readers. The browser check installs chromium itself.
APT_PACKAGES := pkg-config libcmark-dev libopenblas-dev libcurl4-openssl-dev python3 python3-numpy \
	python3-nbformat
# Where `make install` (and so `make run`) links the lit executable.
BINDIR ?= /usr/local/bin
# Seconds each fuzz target runs: `make fuzz FUZZ_SECONDS=600` for a long run.
FUZZ_SECONDS ?= 60
# Release builds link the Swift libraries statically: lit starts faster and uses less memory.
RELEASE := $(SWIFT) build -c release --static-swift-stdlib
DEBUG_LIT := .build/debug/lit
REPORTS := .build/reports

.PHONY: deps build release install run test lint unit long-run book site-check browser-check \
	fuzz-smoke bench golden reference fresh-check site fuzz sanitize clean

# Install the Debian packages that are not installed yet.
deps:
	@missing=$$(for package in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$package 2>/dev/null | grep -q '^install ok installed' \
		|| echo $$package; done); \
	if [ -n "$$missing" ]; then \
		echo "installing" $$missing; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(RELEASE) --product lit
	$(RELEASE) --product lit-serve

# Link the release lit into BINDIR (through sudo when BINDIR isn't writable); lit finds
# lit-serve, the preview server, beside its real path in .build/release.
install: release
	@target="$(CURDIR)/.build/release/lit"; \
	if [ -w "$(BINDIR)" ]; then ln -sf "$$target" "$(BINDIR)/lit"; \
	else $(SUDO) ln -sf "$$target" "$(BINDIR)/lit"; fi; \
	echo "lit is at $(BINDIR)/lit"

# The main job: run every chapter of the book and show its cells and outputs.
run: install
	lit run Chapters

test: deps lint unit long-run book site-check browser-check fuzz-smoke

lint:
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests Fuzz

unit: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Both chapters 500 times in one process: resident memory stays flat (no leaks at close).
long-run: unit
	LIT_LONG_RUNS=500 $(SWIFT) test --skip-build --filter LongRunTests

# The book's recorded outputs are what the code prints (JUnit report for CI dashboards).
book: unit
	@mkdir -p $(REPORTS)
	$(DEBUG_LIT) test Chapters --no-cache --junit $(REPORTS)/chapters.xml

# site/ is committed: fail when it is not what `lit build Chapters` writes.
site-check: unit
	$(DEBUG_LIT) build Chapters --check

# The committed site in a real headless browser (installs chromium when missing).
browser-check: site-check
	scripts/browser-check/run site $(REPORTS)/browser-check

# Each fuzz target for a short smoke run; `make fuzz` is the long run.
fuzz-smoke: deps
	scripts/fuzz/run 60

bench: deps
	$(RELEASE)
	.build/release/lit-bench

# Rebuild site/ from the chapters (commit the result).
site: build
	$(DEBUG_LIT) build Chapters

# Regenerate lit's own snapshots from what the code prints now; review the diff like code.
# Reference files (from TensorFlow, Jupyter, CPython) are refused: see Tests/README.md.
golden: deps
	$(SWIFT) build --build-tests
	LIT_UPDATE_GOLDEN=1 $(SWIFT) test --skip-build

# Regenerate every reference file from the real tools, in a venv under .build/reference
# (scripts/reference/README.md); review the diff: it means the real tool now says otherwise.
reference:
	scripts/reference/run

# Clone the committed HEAD into a temporary folder and run `make test` there with a bare PATH
# and an empty HOME, as on a fresh machine (scripts/fresh-check/run).
fresh-check:
	scripts/fresh-check/run

fuzz: deps
	scripts/fuzz/run $(FUZZ_SECONDS)

# The whole test suite under AddressSanitizer, then under ThreadSanitizer (CI runs it too).
sanitize: deps
	scripts/sanitize/run

clean:
	rm -rf .build .build-* .lit-cache
