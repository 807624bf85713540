# Two entry points: `make run` (the pipeline on corpus/, outputs in out/) and `make test`.
# Both install the Debian packages they need first (as root, with apt-get) when they are missing.
SWIFT ?= swift
OUT ?= out
APT_PACKAGES := libxml2-dev libstemmer-dev pkg-config python3
BIN := .build/release/segur-pipeline

.PHONY: run test deps build acceptance lint clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi

build: deps
	$(SWIFT) build -c release --product segur-pipeline

run: build
	$(BIN) ingest --input corpus --out $(OUT); rc=$$?; [ $$rc = 0 ] || [ $$rc = 2 ] || exit $$rc
	$(BIN) classify --documents $(OUT)/documents.jsonl --lexicons lexicons --out $(OUT)

test: deps
	$(SWIFT) test

acceptance: build
	../shared/acceptance/run.sh ingest classify

lint: build
	$(BIN) lexicon lint lexicons

clean:
	rm -rf .build $(OUT)
