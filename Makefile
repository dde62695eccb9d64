# Diplowatch: every target sets itself up; `make run` and `make test` work on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# dbt must be on PATH for dagster-dbt (dagster dev prepares the dbt project with it).
export PATH := $(CURDIR)/$(BIN):$(PATH)
export DIPLO_ARTICLES_DIR ?= $(CURDIR)/seeds
export DIPLO_WAREHOUSE ?= $(CURDIR)/data/warehouse.duckdb
# The working copy dbt builds in (orchestration/warehouse.py: build_path). dbt parses with the same
# path the runs use, so a run's dbt reuses the parse instead of "profile has changed, full parse".
export DIPLO_BUILD_WAREHOUSE := $(patsubst %.duckdb,%.build.duckdb,$(DIPLO_WAREHOUSE))
export DAGSTER_HOME := $(CURDIR)/.dagster
export DO_NOT_TRACK := 1
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
SHARED ?= $(CURDIR)/../shared
# The real news that make eval reads when staged (../shared/eval/stage_news.py): the dev set and a corpus sample.
DEV_DIR ?= $(HOME)/diplowatch-news/dev
NEWS_DIR ?= $(HOME)/diplowatch-news/corpus
NEWS_SAMPLE ?= 500
MANIFEST := dbt_project/target/manifest.json
PROFILE_STAMP := dbt_project/target/.build_warehouse
DBT_FILES := $(shell find dbt_project -name '*.sql' -o -name '*.yml' -o -name '*.md' | grep -v target/)

.PHONY: help install run dev dashboard docs test eval bench knowledge clean FORCE

help:
	@echo "make run        build data/warehouse.duckdb from seeds/ (DIPLO_ARTICLES_DIR, DIPLO_WAREHOUSE override; VERBOSE=1 for every log line)"
	@echo "make test       the whole test suite"
	@echo "make dev        Dagster UI on http://localhost:3000"
	@echo "make dashboard  Streamlit dashboard on http://127.0.0.1:8501 (DASHBOARD_ADDRESS=0.0.0.0 to share it)"
	@echo "make docs       dbt docs on http://localhost:8080"
	@echo "make eval       seed and dev-set scores, GermEval NER figures, entity report on real news (needs ../shared)"
	@echo "make bench      throughput and latency benchmark (needs ../shared for German sentences)"

# pip's output goes to .venv/install.log and is shown only when the install fails.
$(STAMP): pyproject.toml constraints.txt
	@echo "installing into $(VENV) (log: $(VENV)/install.log)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@{ $(BIN)/python -m pip install --upgrade pip && $(BIN)/python -m pip install -c constraints.txt -e '.[dev]'; } \
		> $(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	@touch $(STAMP)

install: $(STAMP)

# Rewritten only when the working copy's path changes, so the manifest is parsed again for it.
$(PROFILE_STAMP): FORCE
	@mkdir -p $(@D)
	@test "$$(cat $@ 2>/dev/null)" = "$(DIPLO_BUILD_WAREHOUSE)" || echo "$(DIPLO_BUILD_WAREHOUSE)" > $@

$(MANIFEST): $(STAMP) $(DBT_FILES) $(PROFILE_STAMP)
	@cd dbt_project && ../$(BIN)/dbt parse --quiet --profiles-dir . >/dev/null
	@touch $(MANIFEST)

# VERBOSE=1 make run: Dagster's debug events and dbt's output as they happen.
run: $(MANIFEST)
	@mkdir -p "$$(dirname "$$DIPLO_WAREHOUSE")" $(DAGSTER_HOME)
	@$(BIN)/python -m orchestration.run $(if $(VERBOSE),--verbose)
	@$(BIN)/python -m orchestration.summary "$$DIPLO_WAREHOUSE"

dev: $(MANIFEST)
	@mkdir -p $(DAGSTER_HOME)
	$(BIN)/dagster dev -w workspace.yaml

# .streamlit/config.toml binds to 127.0.0.1; DASHBOARD_ADDRESS=0.0.0.0 opens it to the network.
dashboard: $(STAMP)
	$(BIN)/streamlit run dashboard/streamlit_app.py $(if $(DASHBOARD_ADDRESS),--server.address $(DASHBOARD_ADDRESS))

docs: $(MANIFEST)
	cd dbt_project && ../$(BIN)/dbt docs generate --profiles-dir . \
		&& ../$(BIN)/dbt docs serve --profiles-dir . --host 127.0.0.1 --port 8080

test: $(MANIFEST) browser
	$(BIN)/python -m pytest

# The browser test drives Debian's Chromium; install it when missing and we may.
browser:
	@test -x /usr/bin/chromium || { [ "$$(id -u)" = 0 ] && (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
		|| echo "chromium missing and not root: the browser test will be skipped"; }

eval: $(MANIFEST)
	@test -d "$(SHARED)" || { echo "make eval needs ../shared (eval/score.py, data/germeval2014) beside the checkout"; exit 2; }
	DIPLO_ARTICLES_DIR=$(CURDIR)/seeds DIPLO_WAREHOUSE=$(CURDIR)/data/eval/warehouse.duckdb $(MAKE) --no-print-directory run
	$(BIN)/python $(SHARED)/eval/score.py --warehouse data/eval/warehouse.duckdb --gold $(SHARED)/eval/seeds_gold.yaml --verbose
	$(BIN)/python -m scripts.eval_ner --germeval $(SHARED)/data/germeval2014
	@if [ -s "$(DEV_DIR)/articles.jsonl" ]; then \
		echo "== dev set: real news with gold ($(DEV_DIR))"; \
		DIPLO_ARTICLES_DIR=$(DEV_DIR) DIPLO_WAREHOUSE=$(CURDIR)/data/eval/dev.duckdb $(MAKE) --no-print-directory run >/dev/null && \
		$(BIN)/python $(SHARED)/eval/score.py --warehouse data/eval/dev.duckdb --gold $(SHARED)/eval/dev/gold.yaml; \
	else echo "dev set not staged in $(DEV_DIR): see $(SHARED)/eval/dev/README.md"; fi
	@if [ -s "$(NEWS_DIR)/articles.jsonl" ]; then \
		echo "== entity report: the first $(NEWS_SAMPLE) articles of $(NEWS_DIR)"; \
		mkdir -p data/eval/news && head -n $(NEWS_SAMPLE) "$(NEWS_DIR)/articles.jsonl" > data/eval/news/articles.jsonl && \
		DIPLO_ARTICLES_DIR=$(CURDIR)/data/eval/news DIPLO_WAREHOUSE=$(CURDIR)/data/eval/news.duckdb $(MAKE) --no-print-directory run >/dev/null && \
		$(BIN)/python -m scripts.entity_report data/eval/news.duckdb && \
		$(BIN)/python $(SHARED)/eval/entity_sanity.py data/eval/news.duckdb --max-conflicts 3 | tail -n 1; \
	else echo "news corpus not staged in $(NEWS_DIR): no entity report"; fi

bench: $(MANIFEST)
	$(BIN)/python -m scripts.bench $(BENCH_ARGS)

knowledge:
	$(BIN)/python scripts/build_knowledge.py
	$(BIN)/python scripts/build_lexicon.py

clean:
	rm -rf data $(DAGSTER_HOME)/storage $(DAGSTER_HOME)/history $(DAGSTER_HOME)/schedules dbt_project/target dbt_project/logs
