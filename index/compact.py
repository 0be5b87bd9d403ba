"""The index's compact storage: labels and check texts are stored once and referred to by number.

A cell is (report, key, value …) where the key numbers its (table, row, column) in `cell_keys`; a
check is (report, seq, what, status, text, numbers) where `what` numbers its (kind, table, name,
cells), `text` numbers its message with the figures taken out (a JSON list of the pieces between
them) and `numbers` gives those figures back, so that "本年新收：自然人3 + 法人5 = 8，与总计一致" and
the same check of another report share one text. Nothing is lost: the views `cells` and `checks` give the
rows as they were (for the command line and other tools), and `render()` is the message.
"""

from __future__ import annotations

import json
import re
import sqlite3

# What varies between two reports' messages of one check: the figures, and 空 for a blank cell.
_DIGITS = re.compile(r"\d+|空")

SCHEMA = """
create table cell_keys (id integer primary key, tbl text not null, row text not null, col text not null,
                        unit text);
create unique index idx_cell_keys on cell_keys (tbl, row, col);
create table cell_values (
    report_id integer not null references reports (id),
    key integer not null references cell_keys (id),
    seq integer not null,  -- the cell's place in its report, as the parser read it
    value text,
    raw text,  -- null: printed exactly as `value`
    line integer,
    unit text,  -- null: the key's unit
    yuan text,
    ocr integer,
    primary key (report_id, key)
) without rowid;
create table check_kinds (id integer primary key, kind text not null, tbl text, name text,
                          cells text);  -- the cell keys it concerns, comma-separated
create table check_texts (id integer primary key, pieces text not null);
create unique index idx_check_texts on check_texts (pieces);
create table check_rows (
    report_id integer not null references reports (id),
    seq integer not null,  -- the check's place among its report's checks
    what integer not null references check_kinds (id),
    status text not null,
    text integer not null references check_texts (id),
    numbers text,  -- the figures of the message (digit runs, 空), comma-separated
    primary key (report_id, seq)
) without rowid;
create view cells as
    select v.report_id, k.tbl, k.row, k.col, v.value,
           case when v.value glob '*[0-9]*' then cast(v.value as real) end as num,
           coalesce(v.raw, v.value) as raw, v.line, coalesce(v.unit, k.unit) as unit, v.yuan, v.ocr, v.seq
    from cell_values v join cell_keys k on k.id = v.key;
create view checks as
    select c.report_id, k.kind, k.tbl, k.name, c.status,
           (select group_concat(p.value || coalesce(n.value, ''), '')
              from (select key, value from json_each(t.pieces) order by key) p
              left join json_each('["' || replace(c.numbers, ',', '","') || '"]') n on n.key = p.key) as message,
           (select json_group_array(json_array(ck.tbl, ck.row, ck.col))
              from (select key, value from json_each('[' || coalesce(k.cells, '') || ']') order by key) j
              join cell_keys ck on ck.id = j.value) as cells,
           c.seq
    from check_rows c join check_kinds k on k.id = c.what join check_texts t on t.id = c.text;
"""

# Cells and checks are found through their primary keys (report, key) and (report, seq); the checks
# that did not pass (a few in a hundred) also by status, to count and list them without a scan.
LOOKUPS = """
create index if not exists idx_check_rows_not_ok on check_rows (status, report_id) where status != 'ok';
"""


def render(pieces: str, numbers: str | None) -> str:
    """A check's message from its stored text and numbers."""
    parts = json.loads(pieces)
    nums = numbers.split(",") if numbers else []
    return "".join(p + (nums[i] if i < len(nums) else "") for i, p in enumerate(parts))


class Codes:
    """The numbers of cell keys, check kinds and check texts of one index, looked up as they are met
    (remembered here; asked of the index for a label it has but this object has not seen yet)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._keys: dict[tuple[str, str, str], tuple[int, str | None]] = {}
        self._kinds: dict[tuple, int] = {}
        self._texts: dict[str, int] = {}

    def key(self, tbl: str, row: str, col: str, unit: str | None = None) -> tuple[int, str | None]:
        """(key, the key's unit); a new key takes `unit` as its own."""
        k = (tbl, row, col)
        got = self._keys.get(k)
        if got is None:
            found = self.conn.execute("select id, unit from cell_keys where tbl = ? and row = ? and col = ?", k).fetchone()
            if found is None:
                cur = self.conn.execute("insert into cell_keys (tbl, row, col, unit) values (?, ?, ?, ?)", (*k, unit))
                found = (cur.lastrowid, unit)
            got = self._keys[k] = (found[0], found[1])
        return got

    def cell_row(self, report_id: int, seq: int, tbl, row, col, value, raw, line, unit, yuan, ocr) -> tuple:
        """The `cell_values` row of one cell."""
        key, key_unit = self.key(tbl, row, col, unit)
        return (report_id, key, seq, value, None if value is not None and raw == value else raw, line,
                None if unit == key_unit else unit, yuan, ocr)

    def _kind(self, kind: str, tbl: str | None, name: str | None, cells: str) -> int:
        k = (kind, tbl, name, cells)
        got = self._kinds.get(k)
        if got is None:
            found = self.conn.execute(
                "select id from check_kinds where kind = ? and tbl is ? and name is ? and cells = ?", k).fetchone()
            got = found[0] if found else self.conn.execute(
                "insert into check_kinds (kind, tbl, name, cells) values (?, ?, ?, ?)", k).lastrowid
            self._kinds[k] = got
        return got

    def _text(self, pieces: str) -> int:
        got = self._texts.get(pieces)
        if got is None:
            found = self.conn.execute("select id from check_texts where pieces = ?", (pieces,)).fetchone()
            got = found[0] if found else self.conn.execute(
                "insert into check_texts (pieces) values (?)", (pieces,)).lastrowid
            self._texts[pieces] = got
        return got

    def check_row(self, report_id: int, seq: int, kind: str, tbl: str | None, name: str | None, status: str,
                  message: str | None, cells: list) -> tuple:
        """The `check_rows` row of one check; `cells` is a list of (table, row, column)."""
        message = message or ""
        pieces = json.dumps(_DIGITS.split(message), ensure_ascii=False)
        numbers = ",".join(_DIGITS.findall(message)) or None
        keys = ",".join(str(self.key(*c)[0]) for c in cells)
        return (report_id, seq, self._kind(kind, tbl, name, keys), status, self._text(pieces), numbers)

    def insert_checks(self, rows: list[dict]) -> None:
        """Checks given as dicts of the `checks` columns (cells as JSON, as the view shows them),
        each after the checks its report already has."""
        last: dict[int, int] = {}
        out = []
        for r in rows:
            rid = r["report_id"]
            if rid not in last:
                last[rid] = self.conn.execute(
                    "select coalesce(max(seq), -1) from check_rows where report_id = ?", [rid]).fetchone()[0]
            last[rid] += 1
            out.append(self.check_row(rid, last[rid], r["kind"], r.get("tbl"), r.get("name"), r["status"],
                                      r.get("message"), json.loads(r.get("cells") or "[]")))
        self.conn.executemany(INSERT_CHECK, out)


INSERT_CHECK = "insert into check_rows (report_id, seq, what, status, text, numbers) values (?, ?, ?, ?, ?, ?)"


def delete_checks(conn: sqlite3.Connection, kind: str, report_ids: list[int] | None = None) -> None:
    """Remove the checks of one kind (of these reports only, when given)."""
    only = "" if report_ids is None else " and report_id in (select value from json_each(?))"
    conn.execute(f"delete from check_rows where what in (select id from check_kinds where kind = ?){only}",
                 [kind] + ([] if report_ids is None else [json.dumps(report_ids)]))
