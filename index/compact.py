"""The index's compact storage: labels and check texts are stored once and referred to by number.

A cell is (report, key, value …) where the key numbers its (table, row, column) in `cell_keys`; a
check is (report, what, status, text, numbers, cells) where `what` numbers its (kind, table, name),
`text` numbers its message with the digits taken out (a JSON list of the pieces between them) and
`numbers` gives those digits back, so that "本年新收：自然人3 + 法人5 = 8，与总计一致" and the same
check of another report share one text. Nothing is lost: the views `cells` and `checks` give the
rows as they were (for the command line and other tools), and `render()` is the message.
"""

from __future__ import annotations

import json
import re
import sqlite3

_DIGITS = re.compile(r"\d+")

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
create table check_kinds (id integer primary key, kind text not null, tbl text, name text);
create table check_texts (id integer primary key, pieces text not null);
create unique index idx_check_texts on check_texts (pieces);
create table check_rows (
    report_id integer not null references reports (id),
    what integer not null references check_kinds (id),
    status text not null,
    text integer not null references check_texts (id),
    numbers text,  -- the digit runs of the message, comma-separated
    cells text  -- the cell keys it concerns, comma-separated
);
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
              from (select key, value from json_each('[' || coalesce(c.cells, '') || ']') order by key) j
              join cell_keys ck on ck.id = j.value) as cells,
           c.rowid as seq
    from check_rows c join check_kinds k on k.id = c.what join check_texts t on t.id = c.text;
"""

LOOKUPS = """
create index idx_cell_values_key on cell_values (key, report_id, value, yuan);
create index idx_check_rows_report on check_rows (report_id);
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

    def _kind(self, kind: str, tbl: str | None, name: str | None) -> int:
        k = (kind, tbl, name)
        got = self._kinds.get(k)
        if got is None:
            found = self.conn.execute("select id from check_kinds where kind = ? and tbl is ? and name is ?", k).fetchone()
            got = found[0] if found else self.conn.execute(
                "insert into check_kinds (kind, tbl, name) values (?, ?, ?)", k).lastrowid
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

    def check_row(self, report_id: int, kind: str, tbl: str | None, name: str | None, status: str,
                  message: str | None, cells: list) -> tuple:
        """The `check_rows` row of one check; `cells` is a list of (table, row, column)."""
        message = message or ""
        pieces = json.dumps(_DIGITS.split(message), ensure_ascii=False)
        numbers = ",".join(_DIGITS.findall(message)) or None
        keys = ",".join(str(self.key(*c)[0]) for c in cells)
        return (report_id, self._kind(kind, tbl, name), status, self._text(pieces), numbers, keys)

    def insert_checks(self, rows: list[dict]) -> None:
        """Checks given as dicts of the `checks` columns (cells as JSON, as the view shows them)."""
        self.conn.executemany(
            "insert into check_rows (report_id, what, status, text, numbers, cells) values (?, ?, ?, ?, ?, ?)",
            [self.check_row(r["report_id"], r["kind"], r.get("tbl"), r.get("name"), r["status"], r.get("message"),
                            json.loads(r.get("cells") or "[]")) for r in rows])


def delete_checks(conn: sqlite3.Connection, kind: str, report_ids: list[int] | None = None) -> None:
    """Remove the checks of one kind (of these reports only, when given)."""
    only = "" if report_ids is None else " and report_id in (select value from json_each(?))"
    conn.execute(f"delete from check_rows where what in (select id from check_kinds where kind = ?){only}",
                 [kind] + ([] if report_ids is None else [json.dumps(report_ids)]))
