# lit — two commands set up a fresh Debian machine with Swift and do the work:
#   make run    build lit and run the book (Chapters/)
#   make test   lint, build and run every test
# Other targets: make bench (release benchmarks), make golden (regenerate golden files).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
APT_PACKAGES := pkg-config libcmark-dev libopenblas-dev

.PHONY: deps build release run test lint unit bench golden clean

# Install the system libraries only when pkg-config cannot find them.
deps:
	@if ! pkg-config --exists libcmark openblas 2>/dev/null; then \
		echo "installing $(APT_PACKAGES)"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

run: build
	$(SWIFT) test

lint:
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests

unit: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

test: deps lint unit

bench: release
	.build/release/lit-bench

# Regenerate every golden file from what the code prints now; review the diff like code.
golden: deps
	LIT_UPDATE_GOLDEN=1 $(SWIFT) test

clean:
	rm -rf .build .lit-cache
