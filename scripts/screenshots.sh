#!/bin/sh
# Regenerates the screenshots of the documentation from the built programs, under Xvfb:
#   docs/images/register.png    the children's register of a demo village (300 children)
#   docs/images/child-file.png  the file of one child of it (basic facts)
#   docs/images/workbench.png   the workbench, the first screen
#   docs/images/reports.png     the monthly report on screen
#   docs/images/visit-form.png  the visit form opened for that child
#   docs/images/safety-report.png  a safety report started for that child
#   docs/images/login.png       the login that opens the encrypted demo ledger
#   docs/images/town-register.png    a town's register merged from two villages' batches
#   docs/images/town-child-file.png  a village's child's file as the town reads it
# and, for review, child-file-<section>.png of the other sections in $SHOTS_EXTRA if it is set.
#
# Usage: scripts/screenshots.sh [BUILD_DIR]     (default: build; needs tongbao and tongbao-cli)
# The demo ledger is made afresh with a fixed seed and day, in a temporary folder, with a
# temporary home so that nothing the user's own Tongbao remembers is read or changed.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
cli=$build/app/tongbao-cli
gui=$build/app/tongbao
for program in "$cli" "$gui"; do
    [ -x "$program" ] || { echo "screenshots.sh: $program is not built" >&2; exit 1; }
done
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is not installed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
ledger=$work/桥河社区.tongbao
"$cli" demo "$ledger" --children 300 --seed 1 --on 2026-11-29 --user 张敏 >/dev/null
# The demo ledger has accounts (README): the CLI logs in as its administrator.
export TONGBAO_USER=admin TONGBAO_PASSWORD=tongbao-demo

# The child shown: the first open high-risk file in the register's order.
child=$("$cli" list "$ledger" --risk high --status active | sed -n 2p | cut -f1)
[ -n "$child" ] || { echo "screenshots.sh: the demo ledger has no high-risk child" >&2; exit 1; }

shoot() {
    xvfb-run -a -s "-screen 0 1366x768x24" \
        "$gui" "$ledger" --language zh_CN --window-size 1366x768 --screenshot "$@"
}

mkdir -p "$root/docs/images"
shoot "$root/docs/images/register.png" --section register
shoot "$root/docs/images/child-file.png" --open-child "$child" --child-section basic
shoot "$root/docs/images/workbench.png"
shoot "$root/docs/images/reports.png" --section reports
shoot "$root/docs/images/visit-form.png" --open-visit-form "$child"
shoot "$root/docs/images/safety-report.png" --open-safety-report "$child"
# Without the password in the environment the ledger stays locked: the login before it opens.
env -u TONGBAO_PASSWORD xvfb-run -a -s "-screen 0 1366x768x24" \
    "$gui" "$ledger" --language zh_CN --screenshot "$root/docs/images/login.png" --section login
# A town (街镇) that has imported the batches of two demo villages, as in the field: each village
# registers the town's key and the town each village's, the village exports, the town imports.
town=$work/古南街道.tongbao
"$cli" init "$town" --kind town --name 古南街道 --area 500110001000 >/dev/null
"$cli" keys "$town" init >/dev/null
"$cli" keys "$town" export --out "$work/town.pub" >/dev/null
for i in 1 2; do
    case $i in 1) name=石庙村 ;; 2) name=桥河社区 ;; esac
    area=$(printf '500110001%03d' "$i")
    village=$work/village$i.tongbao
    "$cli" init "$village" --kind village --name "$name" --area "$area" >/dev/null
    "$cli" demo "$village" --children 150 --seed "$((i + 1))" --on 2026-11-29 >/dev/null
    "$cli" keys "$village" init >/dev/null
    "$cli" keys "$village" export --out "$work/village$i.pub" >/dev/null
    "$cli" trust "$village" --add "$work/town.pub" --name 古南街道 --area 500110001000 >/dev/null
    "$cli" trust "$town" --add "$work/village$i.pub" --name "$name" --area "$area" >/dev/null
    "$cli" export "$village" --out "$work/batch$i.tbatch" >/dev/null
    "$cli" import "$town" "$work/batch$i.tbatch" >/dev/null
done
townChild=$("$cli" list "$town" --risk high --status active | sed -n 2p | cut -f1)
xvfb-run -a -s "-screen 0 1366x768x24" "$gui" "$town" --language zh_CN --window-size 1366x768 \
    --screenshot "$root/docs/images/town-register.png" --section register
xvfb-run -a -s "-screen 0 1366x768x24" "$gui" "$town" --language zh_CN --window-size 1366x768 \
    --screenshot "$root/docs/images/town-child-file.png" --open-child "$townChild" \
    --child-section basic

if [ -n "${SHOTS_EXTRA:-}" ]; then
    mkdir -p "$SHOTS_EXTRA"
    for section in household guardianship measures referrals visits timeline; do
        shoot "$SHOTS_EXTRA/child-file-$section.png" --open-child "$child" --child-section "$section"
    done
fi
echo "docs/images: register, child-file, workbench, reports, visit-form, safety-report, login, town-register and town-child-file written"
