"""Two files of one agency and year (a corrected version uploaded under another name): both are kept,
and each gets a failed check naming the other file, attached to every one of its cells, so that the
warning travels with any figure taken from either file and `reportbot check` lists them.

Run after the agencies are grouped (store._rebuild_agencies), since two spellings of one agency's
name are one agency.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from index import compact

if TYPE_CHECKING:
    import sqlite_utils

KIND = "duplicate"


@dataclass
class Duplicate:
    """One agency and year held in several files."""

    agency: str
    year: int
    paths: list[str]  # index keys, sorted
    differing: int  # table cells read from several of the files, with different values
    unmatched: int = 0  # table cells read from some of the files only

    @property
    def message(self) -> str:
        files = "、".join(self.paths)
        same = f"统计表有 {self.differing} 处数字不同" if self.differing else "统计表读出的数字相同"
        if self.unmatched:
            same += f"，另有 {self.unmatched} 个单元格只在部分文件中读出"
        return f"{self.agency} {self.year}年有 {len(self.paths)} 份报告：{files}。都已入库，{same}，请核对应以哪一份为准"


def _values(db: sqlite_utils.Database, report_id: int) -> dict[tuple[str, str, str], str | None]:
    rows = db.execute("select tbl, row, col, value from cells where report_id = ?", [report_id]).fetchall()
    return {(t, r, c): v for t, r, c, v in rows}


def record_duplicates(db: sqlite_utils.Database, agencies: set[int] | None = None) -> list[Duplicate]:
    """Replace the duplicate checks of the index (of `agencies` only, when given: the others' stay);
    returns every agency and year held more than once."""
    ids_of = ""
    params: list = []
    if agencies is not None:
        ids_of = " and agency_id in (select value from json_each(?))"
        params = [json.dumps(sorted(agencies))]
    rids = [r[0] for r in db.execute(f"select id from reports where 1{ids_of}", params)]
    compact.delete_checks(db.conn, KIND, None if agencies is None else rids)
    groups: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for r in db.query(
        "select id, path, agency_id, year from reports where year is not null and (agency_id, year) in "
        "(select agency_id, year from reports where year is not null group by agency_id, year having count(*) > 1) "
        "order by path"
    ):
        groups[(r["agency_id"], r["year"])].append(r)
    names = {aid: dict(db.execute("select id, name from agencies where id = ?", [aid]).fetchall()).get(aid, "")
             for aid in {a for a, _ in groups}}
    found, rows = [], []
    for (agency_id, year), reports in sorted(groups.items(), key=lambda kv: (names.get(kv[0][0], ""), kv[0][1])):
        if len(reports) < 2:
            continue
        values = {r["id"]: _values(db, r["id"]) for r in reports}
        keys = set().union(*values.values())
        unmatched = {k for k in keys if any(k not in v for v in values.values())}
        differing = sum(len({v[k] for v in values.values() if k in v}) > 1 for k in keys - unmatched)
        dup = Duplicate(names.get(agency_id, ""), year, [r["path"] for r in reports], differing, len(unmatched))
        found.append(dup)
        if agencies is not None and agency_id not in agencies:
            continue  # its checks are still the ones written before
        for r in reports:
            rows.append(
                {
                    "report_id": r["id"],
                    "kind": KIND,
                    "tbl": None,
                    "name": "同一单位同一年度只有一份报告",
                    "status": "fail",
                    "message": dup.message,
                    "cells": json.dumps([list(k) for k in sorted(values[r["id"]])], ensure_ascii=False),
                }
            )
    compact.Codes(db.conn).insert_checks(rows)
    return found
