"""Errors a user can fix. The CLI prints their one-sentence message and exits non-zero."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or setup: the message names the file, line and field or the fix."""

    exit_code = 2


class InputError(UserError):
    def __init__(self, path: object, problem: str, line: int | None = None,
                 field: str | None = None, fix: str = "") -> None:
        where = f"{path}" + (f", line {line}" if line is not None else "")
        what = f"field {field!r}: " if field else ""
        super().__init__(f"{where}: {what}{problem}" + (f"; {fix}" if fix else ""))
        self.path, self.line, self.field = path, line, field


class LLMUnavailable(UserError):
    """The endpoint or local model cannot be used at all (unreachable, 401, unknown model, missing)."""

    exit_code = 3


class BudgetExceeded(UserError):
    """A --max-cost / --max-tokens cap was reached; everything so far is saved."""

    exit_code = 4


class TooManyLLMErrors(UserError):
    """A stage's share of failed LLM requests passed `run.max_error_share`; what it has is saved
    and a rerun sends the failed requests again."""

    exit_code = 5


class EmptyDataset(UserError):
    """The run finished with no rows at all: nothing usable was generated."""

    exit_code = 6
