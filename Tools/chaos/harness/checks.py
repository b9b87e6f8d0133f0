"""The end-of-run comparisons, after a clean sync of every device: each cache
holds the server's articles (ids, titles, revisions; nothing retracted), every
(article, field) holds the latest intent on every device and on the server,
no outbox still holds a change, and every cache passes SQLite's checks."""

from dataclasses import dataclass, field
from datetime import datetime

from intent import Intents

#: Labels of the kinds of divergence, in the order the summary lists them.
KINDS = ("final-sync", "content", "state-repeat-mark", "state", "server-state", "outbox", "integrity")


@dataclass
class Problem:
    kind: str
    text: str
    history: list = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text, "history": self.history}


def seconds(rfc3339: str) -> float:
    return datetime.fromisoformat(rfc3339.replace("Z", "+00:00")).timestamp()


def state_problem(where: str, article: str, field: str, found: bool, intents: Intents) -> Problem:
    latest = intents.latest.get((article, field))
    expected = latest.value if latest else False
    history = [m.describe() for m in intents.history(article, field)]
    kind = "state-repeat-mark" if latest and latest.repeats_shown_value else "state"
    last = f"; latest mark {latest.describe()}" if latest else "; never marked"
    return Problem(kind, f"{where}: {article} {field} is {found}, the latest intent is {expected}{last}", history)


def compare(server_articles: dict, server_state: dict, devices: list, intents: Intents) -> list[Problem]:
    problems: list[Problem] = []
    live = set(server_articles)
    for device in devices:
        cached = device.articles()
        missing = sorted(live - set(cached))
        extra = sorted(set(cached) - live)
        if missing:
            problems.append(Problem("content", f"{device.name}: {len(missing)} live articles missing: {missing[:8]}"))
        if extra:
            problems.append(Problem("content", f"{device.name}: {len(extra)} articles the server does not serve "
                                               f"(retracted or unknown): {extra[:8]}"))
        for article in sorted(live & set(cached)):
            mine, theirs = cached[article], server_articles[article]
            if mine["title"] != theirs["title"] or abs(mine["updated"] - seconds(theirs["updated"])) > 0.002:
                problems.append(Problem("content", f"{device.name}: {article} is {mine['title']!r} "
                                                   f"(updated {mine['updated']}), the server has {theirs['title']!r} "
                                                   f"(updated {theirs['updated']})"))
        if others := device.other_articles():
            problems.append(Problem("content", f"{device.name}: {others} articles of another source"))

        states = device.states()
        for article in sorted(live & set(cached)):
            state = states.get(cached[article]["id"], {"read": False, "bookmarked": False})
            for name in ("read", "bookmarked"):
                if state[name] != intents.expected(article, name):
                    problems.append(state_problem(device.name, article, name, state[name], intents))
        if outbox := device.outbox():
            problems.append(Problem("outbox", f"{device.name}: {len(outbox)} changes still in the outbox after a "
                                              f"clean sync: {outbox[:3]}"))
        for line in device.integrity():
            problems.append(Problem("integrity", f"{device.name}: {line}"))

    keys = set(intents.latest) | {key for key, (value, _) in server_state.items() if value}
    for article, name in sorted(keys):
        found = server_state.get((article, name), (False, None))[0]
        if found != intents.expected(article, name):
            problem = state_problem("server", article, name, found, intents)
            problem.kind = "server-state" if problem.kind == "state" else problem.kind
            problems.append(problem)
    return problems
