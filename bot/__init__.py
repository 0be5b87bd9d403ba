"""The chat assistant: questions in Chinese → cited figures from the indexed reports."""

import re

# The reader uses a few thousand distinct regular expressions, most written inline; past the module's cache of
# 512 compiled patterns each question recompiled them (measured: a third of the time of a conversation turn).
if getattr(re, "_MAXCACHE", 0) < 8192:
    re._MAXCACHE = 8192
