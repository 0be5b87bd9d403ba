"""The indexer's exceptions: one base class, each with the file, line and reason."""

from index.filenames import printable_name


class IndexingError(Exception):
    """Base class of everything the indexer raises on purpose."""


class ReportParseError(IndexingError):
    """A report file could not be read as an annual report."""

    def __init__(self, path: str, line: int | None, reason: str):
        path = printable_name(path)
        self.path, self.line, self.reason = path, line, reason
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")


class UnsupportedTemplate(ReportParseError):
    """A report on a template we do not map (before 2019)."""
