# Two commands set everything up on a fresh Debian machine with Swift: `make demo`, `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/debug/outreach

.PHONY: deps pdf-deps browser-deps build demo serve test test-browser soak bench bench-cli bench-import bench-bounds bench-export clean

# Install the C library (and pkg-config, zlib for its -lz, SQLite for GRDB) only when missing.
deps:
	@if ! pkg-config --exists xlsxwriter 2>/dev/null || [ ! -e /usr/include/sqlite3.h ] || [ ! -e /usr/include/zlib.h ]; then \
		echo "Installing libxlsxwriter-dev, pkg-config, zlib1g-dev, libsqlite3-dev with apt-get…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libxlsxwriter-dev pkg-config zlib1g-dev libsqlite3-dev >/dev/null; \
	fi

# LibreOffice Writer (headless) and the metric twin of Times New Roman, for `outreach doc … --pdf` and the render
# test; installed only when missing, the first time a PDF is needed (`make test` needs one).
pdf-deps:
	@if ! command -v soffice >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Liberation Serif"; then \
		echo "Installing libreoffice-writer-nogui, fonts-liberation2 with apt-get (for PDF output)…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libreoffice-writer-nogui fonts-liberation2 >/dev/null; \
	fi

build: deps
	$(SWIFT) build

demo: build
	$(BIN) demo --templates Templates --exports exports

# The web server on the demo database (made first if missing), judged on 01/05/2022 like the README's tour,
# with a sign-in link for one office and one for the organiser. PORT=8081 make serve for another port.
PORT ?= 8080
serve: build
	@[ -f outreach.sqlite ] || $(BIN) demo --templates Templates --exports exports
	@echo "— Phòng GD&ĐT Si Ma Cai (một đơn vị, còn một chỗ trống):"
	@$(BIN) access grant PGD-SIMACAI --url http://127.0.0.1:$(PORT) | grep -E "Liên kết|Mã:"
	@echo "— Sở GD&ĐT Lào Cai (đơn vị tổ chức):"
	@$(BIN) access grant SGDDT-LCI --url http://127.0.0.1:$(PORT) | grep -E "Liên kết|Mã:"
	$(BIN) serve --db outreach.sqlite --port $(PORT) --today 2022-05-01

test: deps pdf-deps browser-deps
	$(SWIFT) test
	$(MAKE) test-browser

# The real-browser test of the web pages (headless Chromium through Selenium on a running `outreach serve`).
browser-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! /usr/bin/python3 -c "import selenium" 2>/dev/null; then \
		echo "Installing chromium, chromium-driver, python3-selenium with apt-get…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver python3-selenium >/dev/null; \
	fi

test-browser: deps browser-deps
	$(SWIFT) build
	bash Tests/Browser/run.sh

# Export benchmark (C vs ours vs Python XlsxWriter) into BENCHMARKS.md; never part of `make test`.
# BENCH_ROWS=100000 BENCH_RUNS=1 make bench for a quick run.
bench: deps
	SWIFT=$(SWIFT) bash Benchmarks/run.sh

# The concurrency soak at full size: 8 processes × 500 commands on one database (`make test` runs 8 × 100).
soak: deps
	OUTREACH_SOAK_COMMANDS=500 $(SWIFT) test --filter SoakTests

# Only the CLI case (one `nominee confirm` on 100 000 people and 1 000 sessions); prints, writes nothing tracked.
bench-cli: deps
	SWIFT=$(SWIFT) bash Benchmarks/cli/run.sh

# Import benchmark: a generated 200 000-row nominee workbook through `nominee import` (rows/s, peak RSS).
# BENCH_IMPORT_ROWS=2000 make bench-import for a quick run.
bench-import: deps
	SWIFT=$(SWIFT) bash Benchmarks/import.sh

# Hostile workbooks through `nominee import` (each refused within 2 s and 256 MiB) and, after bench-import, the
# imported session's sign-in sheet and nominee list past 1023 page breaks; prints, writes nothing tracked.
bench-bounds: deps
	SWIFT=$(SWIFT) bash Benchmarks/bounds.sh

# The whole `export signin` of 20 000 and 200 000 people against C writing the same cells (≤ 2 ×, ≤ 128 MiB),
# and the list read and ordered (≤ 0.5 s at 200 000); prints, writes .bench/export/export.md (make bench puts it
# in BENCHMARKS.md). BENCH_EXPORT_SIZES=20000 BENCH_EXPORT_RUNS=1 make bench-export for a quick run.
bench-export: deps
	SWIFT=$(SWIFT) bash Benchmarks/export.sh

clean:
	rm -rf .build exports/*.sqlite* exports/*/
