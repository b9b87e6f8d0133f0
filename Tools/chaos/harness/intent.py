"""The user's intent: every explicit mark of a run in real-time order (the
harness makes them one after another), on any device or on the server's side.
The expected value of an (article, field) is that of its latest mark, even
when that mark repeated the value its device already showed; an article never
marked is unread and not bookmarked."""

from dataclasses import dataclass


@dataclass
class Mark:
    seq: int
    t: float  # seconds since the run started
    who: str  # dev0, dev1, ..., or web
    article: str  # the server's article id
    field: str  # read or bookmarked
    value: bool
    how: str  # the command or route
    shown: bool | None  # the value the device showed just before (None: unknown)

    def describe(self) -> str:
        shown = "" if self.shown is None else f" (it showed {self.shown})"
        return f"#{self.seq} t={self.t:.2f}s {self.who} {self.how} -> {self.field}={self.value}{shown}"

    @property
    def repeats_shown_value(self) -> bool:
        return self.shown is not None and self.shown == self.value


class Intents:
    def __init__(self):
        self.marks: list[Mark] = []
        self.latest: dict[tuple, Mark] = {}

    def record(self, t: float, who: str, articles, field: str, value: bool, how: str, shown=None) -> None:
        """Records one explicit mark of `articles`; `shown` maps an article to
        the value its device showed before."""
        for article in articles:
            mark = Mark(len(self.marks) + 1, t, who, article, field, value, how,
                        None if shown is None else shown.get(article))
            self.marks.append(mark)
            self.latest[(article, field)] = mark

    def expected(self, article: str, field: str) -> bool:
        mark = self.latest.get((article, field))
        return mark.value if mark else False

    def history(self, article: str, field: str) -> list[Mark]:
        return [m for m in self.marks if m.article == article and m.field == field]
