# Two entry points: `make run` (the pipeline on corpus/, outputs in out/) and `make test`.
# Both install the Debian packages they need first (as root, with apt-get) when they are missing.
SWIFT ?= swift
OUT ?= out
# chromium and poppler-utils: the tests open the report page in a real headless browser and read
# the text it renders. wfrench: the French word list `make lint` checks stem entries against.
APT_PACKAGES := libxml2-dev libstemmer-dev libuchardet-dev libsqlite3-dev libjemalloc-dev pkg-config python3 chromium poppler-utils wfrench
WORDS := /usr/share/dict/french
BIN := .build/release/segur-pipeline

.PHONY: run test deps build acceptance lint fuzz clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi

# The Swift runtime and Foundation are linked statically: no dynamic symbol binding at start-up
# and direct calls into the runtime (start-up and throughput figures in docs/performance.md).
RELEASE_FLAGS := -c release --static-swift-stdlib

build: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product segur-pipeline

# Exit code 2 (some files quarantined) still means the reports were written.
run: build
	$(BIN) run --input corpus --lexicons lexicons --out $(OUT); rc=$$?; [ $$rc = 0 ] || [ $$rc = 2 ] || exit $$rc
	@echo "report: $(OUT)/report.html (also report.md, findings.json, findings.csv)"

test: deps
	$(SWIFT) test

# The shared script builds its own release binary (`swift build -c release`, without the static
# runtime) into the same .build/release: the next `make build` relinks everything (about 6 min).
acceptance: build
	../shared/acceptance/run.sh ingest classify aggregate batch

# Stem entries are checked against a real French word list: an undeclared collision is an error.
lint: build
	$(BIN) lexicon lint lexicons --words $(WORDS)

# libFuzzer on the HTML, text, decoding, lexicon and table parsers, FUZZ_SECONDS each (docs/fuzzing.md).
FUZZ_SECONDS ?= 60
fuzz: deps
	scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build $(OUT)
