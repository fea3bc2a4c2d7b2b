# The two commands of the README: `make run` and `make test`. Everything else is a helper.
BUILD      ?= build
BUILD_TYPE ?= Release
DEMO       ?= $(BUILD)/demo/demo.tongbao
JOBS       ?= $(shell nproc)
CMAKE_ARGS ?=

.PHONY: run test build deps configure format check-nogui update-translations bench clean

run: build
	@test -f "$(DEMO)" || { mkdir -p "$(dir $(DEMO))" && \
	  "$(BUILD)/app/tongbao-cli" demo "$(DEMO)" --children 300 --seed 1; }
	"$(BUILD)/app/tongbao" "$(DEMO)"

test: build
	QT_QPA_PLATFORM=offscreen ctest --test-dir "$(BUILD)" --output-on-failure -j $(JOBS)

build: configure
	cmake --build "$(BUILD)" -j $(JOBS)

configure: deps
	@test -f "$(BUILD)/build.ninja" || \
	  cmake -S . -B "$(BUILD)" -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_ARGS)

deps:
	@scripts/install-deps.sh

# Proves the boundary: core, the CLI and their tests build and pass without QtWidgets.
check-nogui: deps
	@test -f "$(BUILD)-nogui/build.ninja" || \
	  cmake -S . -B "$(BUILD)-nogui" -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DTONGBAO_GUI=OFF
	cmake --build "$(BUILD)-nogui" -j $(JOBS)
	ctest --test-dir "$(BUILD)-nogui" --output-on-failure -j $(JOBS)

format: deps
	git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format -i --

update-translations: configure
	cmake --build "$(BUILD)" --target update_translations

bench: build
	@test -f "$(BUILD)/bench/district.tongbao" || { mkdir -p "$(BUILD)/bench" && \
	  "$(BUILD)/app/tongbao-cli" demo "$(BUILD)/bench/district.tongbao" --children 100000 --seed 7; }
	"$(BUILD)/app/tongbao-cli" bench "$(BUILD)/bench/district.tongbao"
	cmake --build "$(BUILD)" --target bench_register_gui
	xvfb-run -a -s "-screen 0 1366x768x24" "$(BUILD)/tests/bench/bench_register_gui" \
	  "$(BUILD)/bench/district.tongbao"

clean:
	rm -rf "$(BUILD)" "$(BUILD)-nogui"
