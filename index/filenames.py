"""File names as the OS gives them → text that can be printed, stored and cited.

On Linux a name is bytes: a zip made on Windows often unpacks to GBK names that are not valid UTF-8,
which Python hands over as lone surrogates (PEP 383). Such a string cannot be written to SQLite or
printed, so every name shown to a user or stored in the index goes through `printable_name()`.

Example: the GBK bytes of 报告.txt, as os.listdir() returns them, become the text \\xb1\\xa8\\xb8\\xe6.txt
(a backslash, x and two hex digits per byte that is not UTF-8):

    printable_name(os.fsdecode(b"\\xb1\\xa8\\xb8\\xe6.txt"))
"""

from __future__ import annotations

import os


def printable_name(name: str | os.PathLike) -> str:
    """`name` with undecodable bytes written as \\xNN and control characters escaped; valid names unchanged."""
    name = os.fspath(name)
    try:
        text = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that did not come from a byte
        text = name.encode("utf-8", "backslashreplace").decode("utf-8")
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
