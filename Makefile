# kz-residence: `make` builds www/kz-residence.js and prints the page to open;
# `make test` runs every test; `make bench` prints size and speed figures; `make dist` writes
# the files a site owner or developer takes: the script, the WordPress plugin, the npm package.
# All install what they need (wasm target, pinned wasm-bindgen-cli, npm packages, and
# Debian's Chromium, Firefox ESR and WebKitGTK driver with Xvfb for the browser tests, and
# WordPress, MariaDB and PHP for the WordPress test).

SHELL := /bin/bash
.DEFAULT_GOAL := all

WB_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
WB_ROOT := .tools/wasm-bindgen-$(WB_VERSION)
WASM_BINDGEN := $(WB_ROOT)/bin/wasm-bindgen
WASM_OPT := node_modules/.bin/wasm-opt
RAW_WASM := target/wasm32-unknown-unknown/release/kz_residence.wasm
GLUE_DIR := target/bindgen
BUNDLE := www/kz-residence.js
# `make PROFILE=override.json` builds with that file's rules over the shipped src/rules/kz.json
# (build/main.rs reads it as KZ_PROFILE). target/profile-used holds the override's path and is
# rewritten only when it changes, so switching to or from an override rebuilds the bundle.
ifdef PROFILE
export KZ_PROFILE := $(abspath $(PROFILE))
endif
PROFILE_USED := target/profile-used
$(shell mkdir -p target; echo '$(KZ_PROFILE)' | cmp -s - $(PROFILE_USED) || echo '$(KZ_PROFILE)' > $(PROFILE_USED))
RUST_SOURCES := Cargo.toml Cargo.lock $(shell find src build -type f) $(PROFILE_USED) $(KZ_PROFILE)
WEB_SOURCES := www/main.js www/api.js $(shell find www/widget -name "*.js" -o -name "*.css") tools/bundle.mjs tools/policy.mjs package.json

.PHONY: all test lint test-rust test-browser bench fuzz chromium test-packages dist clean

all: $(BUNDLE)
	@echo
	@echo "Built $(BUNDLE). Open the page in a browser:"
	@echo "  file://$(CURDIR)/www/index.html"

.tools/wasm-target.stamp:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@mkdir -p .tools && touch $@

# The CLI must equal the wasm-bindgen crate in Cargo.lock. `--locked` is tried first; on
# this registry it fails (a pinned dependency of the CLI is gone), so the fallback resolves
# the CLI's dependencies afresh, still at the pinned CLI version.
$(WASM_BINDGEN):
	@echo "Installing wasm-bindgen-cli $(WB_VERSION) into $(WB_ROOT) (a few minutes, once)"
	cargo install wasm-bindgen-cli --version $(WB_VERSION) --locked --root $(WB_ROOT) \
	  || cargo install wasm-bindgen-cli --version $(WB_VERSION) --root $(WB_ROOT)

node_modules/.stamp: package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

$(RAW_WASM): $(RUST_SOURCES) .tools/wasm-target.stamp
	cargo build --release --target wasm32-unknown-unknown --lib
	@touch $@

# `--target web`: the glue is an ES module whose init takes the wasm bytes (www/api.js imports
# it). The Makefile is a prerequisite so a change of these flags regenerates the glue.
$(GLUE_DIR)/kz_residence_bg.wasm: $(RAW_WASM) $(WASM_BINDGEN) Makefile
	$(WASM_BINDGEN) --target web --no-typescript --out-dir $(GLUE_DIR) $(RAW_WASM)

# Debian's wasm-opt (binaryen 108) breaks wasm-bindgen 0.2.130 output, so only the pinned
# npm binaryen is used; without it the build goes on unshrunk.
$(GLUE_DIR)/opt.wasm: $(GLUE_DIR)/kz_residence_bg.wasm
	@if [ ! -f node_modules/.stamp ]; then npm ci --no-audit --no-fund && touch node_modules/.stamp || true; fi
	@if [ -x $(WASM_OPT) ]; then \
	  $(WASM_OPT) -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue $< -o $@; \
	else \
	  echo "wasm-opt not found (npm ci failed?): skipped shrinking"; cp $< $@; \
	fi

# node_modules: esbuild, and zopfli for the wasm (tools/bundle.mjs).
$(BUNDLE): $(GLUE_DIR)/opt.wasm $(WEB_SOURCES) node_modules/.stamp
	node tools/bundle.mjs $(GLUE_DIR)/kz_residence.js $(GLUE_DIR)/opt.wasm $@

# Installs, in one apt-get, the Debian packages of the list $(1) (package:file it provides)
# whose file is missing.
install-missing = missing=$$(for p in $(1); do [ -x "$${p\#*:}" ] || echo "$${p%%:*}"; done | sort -u | tr '\n' ' '); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian's $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# Chromium alone, for the bench; the three engines of the browser tests. MiniBrowser comes
# with webkit2gtk-driver.
CHROMIUM_PACKAGES := chromium:/usr/bin/chromium
BROWSER_PACKAGES := $(CHROMIUM_PACKAGES) firefox-esr:/usr/bin/firefox-esr \
  webkit2gtk-driver:/usr/bin/WebKitWebDriver webkit2gtk-driver:/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser \
  xvfb:/usr/bin/xvfb-run
# The real WordPress of tests/e2e/wordpress.test.mjs (MariaDB, PHP's built-in server).
# wordpress and php-mysql ship no program, so a directory of theirs stands for them (`-x` holds).
WORDPRESS_PACKAGES := wordpress:/usr/share/wordpress mariadb-server:/usr/sbin/mariadbd \
  php-mysql:/usr/share/doc/php-mysql php-cli:/usr/bin/php
chromium:
	@$(call install-missing,$(CHROMIUM_PACKAGES))
test-packages:
	@$(call install-missing,$(BROWSER_PACKAGES) $(WORDPRESS_PACKAGES))

test: lint test-rust test-browser

# ESLint on www/ (eslint.config.mjs): the recommended rules, and eslint-plugin-compat against
# the browserslist policy in package.json (Baseline widely available); then the WebAssembly
# features the build emits, against the same policy (MDN's browser-compat-data).
lint: node_modules/.stamp $(GLUE_DIR)/opt.wasm
	node_modules/.bin/eslint www
	node tools/wasm-features.mjs $(GLUE_DIR)/opt.wasm

test-rust:
	cargo test --quiet

# Every browser test, one file at a time: the Chromium tests, tests/e2e/engines.test.mjs
# in Chromium, Firefox ESR and WebKitGTK, and the dist files in a real WordPress and an npm project.
test-browser: $(BUNDLE) node_modules/.stamp test-packages dist
	node --test --test-concurrency=1 tests/e2e/

bench: $(BUNDLE) node_modules/.stamp chromium
	cargo bench --quiet --bench stay
	node tests/e2e/bench/bench.mjs

# The fuzzer (tests/fuzz.rs) for FUZZ_SECONDS seconds; `make test` runs a short round of it.
fuzz:
	FUZZ_SECONDS=$${FUZZ_SECONDS:-60} cargo test --release --quiet --test fuzz -- --ignored --nocapture fuzz_for_a_while

clean:
	rm -rf target/bindgen target/types $(BUNDLE) $(STAGE) $(DIST)

# `make dist`: what a site takes, versioned by the crate (Cargo.toml). The plugin and the npm
# package are put together under $(STAGE), then packed into $(DIST).
VERSION := $(shell awk -F'"' '/^version = / {print $$2; exit}' Cargo.toml)
DIST := dist
STAGE := target/dist
PLUGIN_ZIP := $(DIST)/kz-residence-wordpress-$(VERSION).zip
NPM_TGZ := $(DIST)/kz-residence-$(VERSION).tgz

dist: $(DIST)/kz-residence.js $(PLUGIN_ZIP) $(NPM_TGZ)

$(DIST)/kz-residence.js: $(BUNDLE)
	@mkdir -p $(DIST)
	cp $< $@

# The plugin's folder as WordPress unpacks it: its sources with the version written in
# (@VERSION@), and the same one script.
$(PLUGIN_ZIP): $(BUNDLE) $(shell find wordpress -type f)
	@$(call install-missing,zip:/usr/bin/zip)
	rm -rf $(STAGE)/wordpress && mkdir -p $(STAGE)/wordpress $(DIST)
	cp -r wordpress/kz-residence $(STAGE)/wordpress/
	cp $(BUNDLE) $(STAGE)/wordpress/kz-residence/
	grep -rl @VERSION@ $(STAGE)/wordpress | xargs sed -i 's/@VERSION@/$(VERSION)/g'
	rm -f $@ && cd $(STAGE)/wordpress && zip -qrX $(CURDIR)/$@ kz-residence

# The TypeScript declarations of the requests and answers, made from the engine's Rust
# types (src/ts.rs) by `cargo test --features ts` (tests/types.rs), which also writes every
# golden case's request and answer, as serde_json serializes them, each with its declared
# type: tsc must accept them all before the package takes the declarations.
TYPES := target/types/api.d.ts
$(TYPES): $(RUST_SOURCES) tests/types.rs $(shell find tests/cases -name "*.json") node_modules/.stamp
	cargo test --quiet --features ts --test types
	node_modules/.bin/tsc --noEmit --strict --exactOptionalPropertyTypes --target es2022 --module esnext \
	  --moduleResolution bundler target/types/golden.ts || { rm -f $@; exit 1; }

# The npm package: the manifest of npm/ with the version, the types (index.d.ts and
# classic.d.ts from npm/, api.d.ts generated), the ES module (www/module.js) and the classic
# script. No dependencies, so installing it needs no network.
$(NPM_TGZ): $(BUNDLE) www/module.js $(wildcard npm/*) $(TYPES)
	rm -rf $(STAGE)/npm && mkdir -p $(STAGE)/npm $(DIST)
	cp npm/* $(TYPES) $(STAGE)/npm/
	cp $(BUNDLE) $(STAGE)/npm/kz-residence.js
	node tools/bundle.mjs $(GLUE_DIR)/kz_residence.js $(GLUE_DIR)/opt.wasm $(STAGE)/npm/index.js esm
	cd $(STAGE)/npm && npm pkg set version=$(VERSION)
	npm pack --silent --pack-destination $(DIST) ./$(STAGE)/npm
