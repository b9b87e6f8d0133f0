"""The OPML 2.0 subscription list of the `feeds` phase: the feed farm's URLs,
a third in each of two folders and a third at the top level, as readers
export them."""

import email.utils
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

FOLDERS = ["Courts and rulings", "Patent offices"]  # feeds 0, 3, 6, … and 1, 4, 7, …; the rest on top


def outline(index: int, url: str) -> str:
    title = quoteattr(f"IP Wire {index}")
    return f'<outline type="rss" text={title} title={title} xmlUrl={quoteattr(url)}/>'


def write(path: Path, urls: list[str], title: str) -> dict[str, int]:
    """Writes `urls` to `path`; returns how many went in each folder ('' the top level)."""
    placed: dict[str, list[str]] = {name: [] for name in FOLDERS}
    top = []
    for index, url in enumerate(urls):
        (placed[FOLDERS[index % 3]] if index % 3 < len(FOLDERS) else top).append(outline(index, url))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">',
             f"  <head><title>{escape(title)}</title>"
             f"<dateCreated>{email.utils.formatdate(usegmt=True)}</dateCreated></head>", "  <body>"]
    for name, entries in placed.items():
        lines.append(f"    <outline text={quoteattr(name)} title={quoteattr(name)}>")
        lines += [f"      {entry}" for entry in entries]
        lines.append("    </outline>")
    lines += [f"    {entry}" for entry in top]
    lines += ["  </body>", "</opml>", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines))
    return {**{name: len(entries) for name, entries in placed.items()}, "": len(top)}
