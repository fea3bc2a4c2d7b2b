#!/usr/bin/env bash
# The town's import at district scale (issue 6): VILLAGES demo village ledgers of CHILDREN
# children each export one batch; a town registers every village's key and imports the batches,
# timed; then the plain sqlite3 program inserts the very same rows (read back from the town)
# into an empty ledger of the same schema, in one transaction, timed. Prints one line per step.
#
#   scripts/bench-town-import.sh CLI [VILLAGES [CHILDREN [WORKDIR]]]
#
# CLI is a built tongbao-cli (a Release build for figures worth recording).
set -euo pipefail

cli=${1:?usage: bench-town-import.sh CLI [VILLAGES [CHILDREN [WORKDIR]]]}
villages=${2:-20}
children=${3:-5000}
work=${4:-$(mktemp -d)}
mkdir -p "$work"
cd "$work"

export TONGBAO_USER=admin
export TONGBAO_PASSWORD=tongbao-demo
seconds() { date +%s.%N; }
took() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.1f", b - a }'; }

"$cli" init town.tongbao --kind town --name 古南街道 --area 500110001000 >/dev/null
"$cli" keys town.tongbao init >/dev/null
"$cli" keys town.tongbao export --out town.pub >/dev/null

start=$(seconds)
for i in $(seq 1 "$villages"); do
    area=$(printf '500110001%03d' "$i")
    v="village$i.tongbao"
    "$cli" init "$v" --kind village --name "村$i" --area "$area" >/dev/null
    "$cli" demo "$v" --children "$children" --seed "$i" --on 2026-11-29 >/dev/null
    "$cli" keys "$v" init >/dev/null
    "$cli" keys "$v" export --out "village$i.pub" >/dev/null
    "$cli" trust "$v" --add town.pub --name 古南街道 --area 500110001000 >/dev/null
    "$cli" trust town.tongbao --add "village$i.pub" --name "村$i" --area "$area" >/dev/null
    "$cli" export "$v" --out "batch$i.tbatch" >/dev/null
done
echo "# $villages villages of $children children made and exported in $(took "$start") s"
ls -l batch*.tbatch | awk '{ s += $5 } END { printf "# batches: %d files, %.1f MB\n", NR, s / 1e6 }'

start=$(seconds)
/usr/bin/time -f "# import: %e s wall, %U s user, %S s system, %M kB peak" \
    bash -c 'for b in batch*.tbatch; do "$0" import town.tongbao "$b" >/dev/null; done' "$cli"
echo "# town after import: $("$cli" list town.tongbao | tail -n +2 | wc -l) children on file"
"$cli" decrypt-copy town.tongbao --out town-plain.sqlite 2>/dev/null >/dev/null
for t in child visit imported_audit; do
    echo "# town's $t rows: $(sqlite3 town-plain.sqlite "SELECT count(*) FROM $t")"
done

# The same rows for sqlite3: read back from the town (a plain copy), inserted into an empty
# ledger of the same schema (indexes, triggers, search index) in one transaction.
# (without a password: a ledger without accounts, which stays a plain SQLite file)
env -u TONGBAO_PASSWORD "$cli" init empty-plain.sqlite --kind town --name 古南街道 --area 500110001000 >/dev/null
synced=$(sqlite3 town-plain.sqlite "SELECT t.name FROM pragma_table_list t WHERE t.type = 'table' AND t.name NOT LIKE '%audit' AND EXISTS (SELECT 1 FROM pragma_table_info(t.name) c WHERE c.name = 'owner') ORDER BY t.name;")
{
    echo "BEGIN;"
    for t in $synced; do
        sqlite3 town-plain.sqlite ".mode insert $t" "SELECT * FROM $t WHERE owner <> (SELECT id FROM ledger);"
    done
    sqlite3 town-plain.sqlite ".mode insert imported_audit" "SELECT * FROM imported_audit;"
    echo "COMMIT;"
} >rows.sql
echo "# rows for sqlite3: $(grep -c '^INSERT' rows.sql) INSERT statements, $(du -m rows.sql | cut -f1) MB of SQL"
/usr/bin/time -f "# sqlite3 inserting the same rows: %e s wall, %U s user, %S s system, %M kB peak" \
    sqlite3 empty-plain.sqlite "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = OFF; PRAGMA recursive_triggers = OFF;" ".read rows.sql" >/dev/null
echo "# work folder: $work"
