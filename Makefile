# claimex - see README.md. `make` builds ./claimex; `make run` and
# `make test` first install the Debian packages pkg-config cannot find.

PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc
PKGS    := libpcre2-8 libxml-2.0 libcurl sqlite3 jansson zlib libexttextcat

PKG_CONFIG ?= pkg-config
PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null) -lm
# libexttextcat's language models (Debian: libexttextcat-data).
LANG_DATADIR := $(shell $(PKG_CONFIG) --variable=pkgdatadir libexttextcat \
  2>/dev/null || echo /usr/share/libexttextcat)
# The libraries pkg-config cannot find: compiling without them would only
# fail later on a missing header, so every compile first checks this.
PKG_MISSING := $(shell for p in $(PKGS); do \
  $(PKG_CONFIG) --exists $$p 2>/dev/null || printf '%s ' $$p; done)

WARN     := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wformat=2 \
            -Wno-unused-parameter
BASE     := -std=c11 -D_DEFAULT_SOURCE -pthread $(WARN) $(PKG_CFLAGS) -MMD -MP \
            -DCLAIMEX_DATADIR='"$(PREFIX)/share/claimex"' \
            -DLANG_DATADIR='"$(LANG_DATADIR)"'
OPT      := -O2 -g
SANFLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
            -fno-sanitize-recover=all
# User CFLAGS/LDFLAGS come last so that they win.
ALL_CFLAGS  = $(BASE) $(OPT) $(CFLAGS)
SAN_CFLAGS  = $(BASE) $(SANFLAGS) $(CFLAGS)

# The default patterns folder is compiled into cli.o: rebuild it when
# PREFIX changes.
$(shell mkdir -p build; [ "$$(cat build/prefix.stamp 2>/dev/null)" = "$(PREFIX)" ] \
  || echo "$(PREFIX)" > build/prefix.stamp)

SRC      := $(sort $(wildcard src/*.c))
LIB_SRC  := $(filter-out src/main.c,$(SRC))
OBJ      := $(SRC:src/%.c=build/rel/%.o)
SAN_OBJ  := $(SRC:src/%.c=build/san/%.o)
SAN_LIB  := $(LIB_SRC:src/%.c=build/san/%.o)
TESTS    := $(sort $(wildcard tests/test_*.c))
TEST_BIN := $(TESTS:tests/%.c=build/san/tests/%)

# libFuzzer targets (see `fuzz` below); defined here because check-tests
# needs them and make expands prerequisites as it reads them.
FUZZ_SECONDS ?= 60
FUZZ_SMOKE   ?= 3
FUZZ_CC      ?= clang
FUZZ_TARGETS := reader feed robots rules lexicon records text pipeline url \
                dates warc
FUZZ_SAN     := -fsanitize=address,undefined,float-cast-overflow \
                -fsanitize=implicit-signed-integer-truncation \
                -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_CFLAGS   = -std=c11 -D_DEFAULT_SOURCE -pthread -g -O1 -MMD -MP $(FUZZ_SAN) $(PKG_CFLAGS) \
                -DCLAIMEX_DATADIR='"$(PREFIX)/share/claimex"'
FUZZ_OBJ     := $(LIB_SRC:src/%.c=build/fuzz/obj/%.o)
FUZZ_BIN     := $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)

.PHONY: all deps run test unit check-tests bench bench-scale install uninstall clean \
        lint format format-check leakcheck golden-update fuzz \
        fuzz-build fuzz-smoke bench-hostile check-libs

all: claimex

claimex: $(OBJ)
	$(CC) $(ALL_CFLAGS) -o $@ $(OBJ) $(PKG_LIBS) $(LDFLAGS)

build/rel/cli.o build/san/cli.o: build/prefix.stamp

build/rel/%.o: src/%.c | check-libs build/rel
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

build/san/%.o: src/%.c | check-libs build/san
	$(CC) $(SAN_CFLAGS) -c -o $@ $<

check-libs:
	@if [ -n "$(PKG_MISSING)" ]; then \
	  echo "claimex: pkg-config cannot find: $(PKG_MISSING)" >&2; \
	  echo "claimex: run 'make deps' to install the Debian packages" \
	    "(as root or with sudo), then 'make' again" >&2; \
	  exit 1; fi

build/san/claimex: $(SAN_OBJ)
	$(CC) $(SAN_CFLAGS) -o $@ $(SAN_OBJ) $(PKG_LIBS) $(LDFLAGS)

build/san/tests/%: tests/%.c $(SAN_LIB) tests/harness.h | build/san/tests
	$(CC) $(SAN_CFLAGS) -Isrc -o $@ $< $(SAN_LIB) $(PKG_LIBS) $(LDFLAGS)

build/rel build/san build/san/tests:
	mkdir -p $@

# Installs what is missing (Debian packages), idempotent and quiet when
# everything is there.
deps:
	@sh scripts/install-deps.sh

# The main job: every article of corpus/ into out/.
run: deps
	$(MAKE) --no-print-directory claimex
	./claimex run corpus -o out

# Everything under AddressSanitizer and UndefinedBehaviorSanitizer: unit
# tests, golden tests, CLI transcripts, network tests on 127.0.0.1.
test: deps
	$(MAKE) --no-print-directory check-tests

golden-update: build/san/claimex
	@sh tests/golden.sh build/san/claimex --update

bench: claimex bench/parse_bench bench/figures_bench bench/reduce_bench
	@sh bench/bench.sh

bench/reduce_bench: bench/reduce_bench.c $(filter-out build/rel/main.o,$(OBJ))
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(filter-out build/rel/main.o,$(OBJ)) \
	  $(PKG_LIBS) $(LDFLAGS)

# claimex run -j 2 at 100k, 300k and 1M generated articles (bench/scale.sh;
# the archive goes to build/scale, about 20 GB for 1M).
bench-scale: claimex
	@sh bench/scale.sh

# Pathological inputs at 1 MB and 4 MB: CPU time per MB and the 4 MB / 1 MB
# ratio of each (bench/hostile.py; docs/hostile.md).
bench-hostile: claimex
	@python3 bench/hostile.py ./claimex

bench/parse_bench: bench/parse_bench.c
	$(CC) $(ALL_CFLAGS) -o $@ $< $(PKG_LIBS) $(LDFLAGS)

bench/figures_bench: bench/figures_bench.c $(filter-out build/rel/main.o,$(OBJ))
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(filter-out build/rel/main.o,$(OBJ)) \
	  $(PKG_LIBS) $(LDFLAGS)

# Coverage-guided fuzzing with libFuzzer (clang): one target per parser,
# tests/fuzz/fuzz_NAME.c, seeds in tests/fuzz/NAME/. `make fuzz` runs each
# for FUZZ_SECONDS, one after the other; the corpus grows in
# build/fuzz/NAME/ and findings (crash-*, leak-*, timeout-*, oom-*) are
# written to build/fuzz/. `make fuzz-smoke` (part of `make test`) runs
# each for FUZZ_SMOKE seconds. Sanitizers: ASan, UBSan (clang's includes
# float-cast-overflow, which gcc's lacks) and signed implicit integer
# truncation; unsigned wrap-around is left out because hashing relies on
# it and it is defined behaviour. See docs/hostile.md.

build/fuzz/obj/%.o: src/%.c | build/fuzz/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJ)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -Isrc -o $@ $< $(FUZZ_OBJ) \
	  $(PKG_LIBS)

# The objects are intermediate files of a pattern chain: keep them.
.PRECIOUS: build/fuzz/obj/%.o

build/fuzz/obj:
	mkdir -p $@

# After FUZZ_BIN is defined: prerequisites are expanded when read.
check-tests: build/san/claimex $(TEST_BIN) claimex $(FUZZ_BIN)
	@sh tests/run.sh build/san/claimex $(TEST_BIN)

fuzz-build: $(FUZZ_BIN)

fuzz: $(FUZZ_BIN)
	@FUZZ_MODE=long FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/fuzz.sh

fuzz-smoke: $(FUZZ_BIN)
	@FUZZ_SECONDS=$(FUZZ_SMOKE) sh tests/fuzz.sh

leakcheck: claimex
	valgrind --leak-check=full --error-exitcode=9 -q \
	  --suppressions=tests/valgrind.supp ./claimex extract corpus > /dev/null

lint:
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
	  --std=c11 --suppress=missingIncludeSystem src
	@! grep -nE '\b(sprintf|strcpy|strcat|gets|atoi|strtok)\s*\(' src/*.c \
	  || (echo "banned call above" && false)

format:
	clang-format -i src/*.c src/*.h tests/*.c tests/*.h tests/fuzz/*.c bench/*.c

format-check:
	clang-format --dry-run --Werror src/*.c src/*.h tests/*.c tests/*.h \
	  tests/fuzz/*.c bench/*.c

install: claimex
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/claimex/patterns \
	  $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 claimex $(DESTDIR)$(PREFIX)/bin/claimex
	if ls patterns/* >/dev/null 2>&1; then \
	  install -m 644 patterns/* $(DESTDIR)$(PREFIX)/share/claimex/patterns/; fi
	sed 's|/usr/local/share/doc/claimex|$(PREFIX)/share/doc/claimex|g' \
	  man/claimex.1 > $(DESTDIR)$(PREFIX)/share/man/man1/claimex.1
	chmod 644 $(DESTDIR)$(PREFIX)/share/man/man1/claimex.1
	install -d $(DESTDIR)$(PREFIX)/share/doc/claimex
	install -m 644 README.md docs/*.md $(DESTDIR)$(PREFIX)/share/doc/claimex/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/claimex $(DESTDIR)$(PREFIX)/share/man/man1/claimex.1
	rm -rf $(DESTDIR)$(PREFIX)/share/claimex $(DESTDIR)$(PREFIX)/share/doc/claimex

clean:
	rm -rf build claimex bench/parse_bench bench/figures_bench

-include $(OBJ:.o=.d) $(SAN_OBJ:.o=.d) $(FUZZ_OBJ:.o=.d)
