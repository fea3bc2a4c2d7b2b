#!/usr/bin/env python3
"""Generate resources/data/area-codes.tsv from the yescallop/areacodes summary table.

Usage: scripts/generate-area-codes.py SOURCE.csv [OUTPUT.tsv]

SOURCE.csv is `result.csv` of https://github.com/yescallop/areacodes (CC0 1.0): every
administrative division code of mainland China since 1980, one row per code and name, with the
columns 代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码.

The output lists the codes that may open a resident ID number, one line per code, sorted, so that
the program can tell a real area (past or present) from a typo and name it:

    code <TAB> full name <TAB> status <TAB> from-year <TAB> to-year <TAB> new codes <TAB> level

status is U (in use), C (changed: no longer in use, and the whole area lives on under exactly one
other code, as when Chongqing became a municipality and 510223 became 500222) or R (retired: no
longer in use, and the area was split among several codes or none is recorded). The source's own
变更 rows mark a name or area change of a code that carries on, so a code's latest row is always
在用 or 弃用; C and R tell apart the retired codes a reader can follow to one current code.
to-year is the first year the code was no longer in use (empty while in use); new codes are the
codes that took over the area, comma-separated (empty while in use: the source lists partial
transfers away from codes that are still in use, which are not replacements); level is K (county
level), P (prefecture level) or D (the "市辖区" line of a prefecture-level city, derived here, see
below).

Which levels may open an ID number:
- county level (县级), any status: GB 11643 numbers carry the county of first registration, and a
  code that was retired later stays in the number for life (綦江: 510223, then 500222, now 500110);
- prefecture level (地级, xxxx00), any status: numbers issued in the 1980s and 1990s in cities
  whose districts had no codes of their own carry the prefecture's code;
- the "市辖区" line xxxx01 of every prefecture-level city (地级市): GB/T 2260 listed it under each
  city, and early numbers of city residents carry it. The source table leaves these summary lines
  out, so they are derived from every prefecture whose name ends in 市, unless xxxx01 is itself a
  real county-level code. python-stdnum's table (from GB/T 2260) accepts the same lines;
- not province level (xx0000): no number carries a province-only code.

The script is deterministic: the same source gives the same bytes.
"""

import csv
import sys

LEVEL_OF = {"县级": "K", "地级": "P"}


def full_name(row):
    province, second, name = row["一级行政区"], row["二级行政区"], row["名称"]
    if row["级别"] == "地级" or second in ("", "直辖", name):
        return province + name
    return province + second + name


def new_codes(row):
    """The codes that took over the area; the source marks earlier transfers with "[year]"."""
    if row["状态"] == "在用":
        return []
    codes = []
    for item in row["新代码"].split(";"):
        code = item.split("[")[0].strip()
        if code and code != row["代码"] and code not in codes:
            codes.append(code)
    return codes


def read_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as source:
        return list(csv.DictReader(source))


def entries_by_code(rows):
    history = {}
    for row in rows:
        if row["级别"] in LEVEL_OF:
            history.setdefault(row["代码"], []).append(row)
    entries = {}
    for code, versions in history.items():
        versions.sort(key=lambda row: int(row["启用时间"]))
        latest = versions[-1]
        successors = new_codes(latest)
        if latest["状态"] == "在用":
            status = "U"
        else:
            status = "C" if len(successors) == 1 else "R"
        entries[code] = {
            "name": full_name(latest),
            "status": status,
            "from": min(int(row["启用时间"]) for row in versions),
            "to": "" if status == "U" else latest["变更/弃用时间"],
            "new": successors,
            "level": LEVEL_OF[latest["级别"]],
        }
    return entries, history


def add_city_district_lines(entries, history):
    for code, versions in sorted(history.items()):
        if versions[0]["级别"] != "地级":
            continue
        as_city = [row for row in versions if row["名称"].endswith("市")]
        line = code[:4] + "01"
        if not as_city or line in entries:
            continue
        latest = as_city[-1]
        still_city = latest is versions[-1] and latest["状态"] == "在用"
        entries[line] = {
            "name": full_name(latest) + "市辖区",
            "status": "U" if still_city else "R",
            "from": min(int(row["启用时间"]) for row in as_city),
            "to": "" if still_city else (latest["变更/弃用时间"] or versions[-1]["启用时间"]),
            "new": [],
            "level": "D",
        }


def main(argv):
    if len(argv) not in (2, 3):
        sys.exit(__doc__.split("\n\n")[1])
    output = argv[2] if len(argv) == 3 else "resources/data/area-codes.tsv"
    entries, history = entries_by_code(read_rows(argv[1]))
    add_city_district_lines(entries, history)
    with open(output, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Area codes that may open a resident ID number (GB/T 2260, 1980 to today).\n")
        out.write("# Generated by scripts/generate-area-codes.py from result.csv of\n")
        out.write("# https://github.com/yescallop/areacodes, dedicated to the public domain (CC0 1.0).\n")
        out.write("# code\tfull name\tstatus U/C/R\tfrom\tto\tnew codes\tlevel K/P/D\n")
        for code in sorted(entries):
            e = entries[code]
            fields = [code, e["name"], e["status"], str(e["from"]), e["to"], ",".join(e["new"]),
                      e["level"]]
            out.write("\t".join(fields) + "\n")


if __name__ == "__main__":
    main(sys.argv)
