"""The project's one root exception and its families.

Every error says what was wrong and how to fix it; callers catch ``PolicyKGError``.
"""

from __future__ import annotations

from pathlib import Path


class PolicyKGError(Exception):
    """Root of every error PolicyKG raises on purpose."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(f"{message} ({hint})" if hint else message)


class DocumentError(PolicyKGError):
    """A document could not be read: names the file and the reason."""

    def __init__(self, source: str | Path, reason: str, *, hint: str | None = None) -> None:
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}", hint=hint)


class DataFileError(PolicyKGError):
    """A versioned rules/vocabulary data file is missing or invalid."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        super().__init__(
            f"data file {self.path} is invalid: {reason}",
            hint="fix the file (see ontology/README.md for its format) or restore it from git",
        )


class ConfigurationError(PolicyKGError):
    """A setting or command-line option is wrong."""
