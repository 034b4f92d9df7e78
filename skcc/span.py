"""Source positions. Every IR node and every diagnostic that can be blamed carries a Span."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Span(BaseModel):
    """A region of one source file: 1-based line and column, 0-based character offsets.

    ``end_line``/``end_column`` point at the last character of the region (inclusive), the
    way editors and SARIF ``endColumn - 1`` report it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    offset: int = 0
    end_offset: int = 0

    @classmethod
    def point(cls, path: str, line: int = 1, column: int = 1, offset: int = 0) -> Span:
        return cls.model_construct(
            path=path, line=line, column=column, end_line=line, end_column=column,
            offset=offset, end_offset=offset,
        )

    def shifted(self, lines: int, offset: int) -> Span:
        """The same region in a file where this text starts ``lines`` lines further down."""
        return self.model_construct(
            path=self.path, line=self.line + lines, column=self.column,
            end_line=self.end_line + lines, end_column=self.end_column,
            offset=self.offset + offset, end_offset=self.end_offset + offset,
        )
