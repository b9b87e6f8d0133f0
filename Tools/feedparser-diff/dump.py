#!/usr/bin/env python3
"""Prints what Python's feedparser reads from feed files, for Reader's
differential test (Tests/ReaderFeedsTests/FeedparserDifferentialTests.swift).

Reads a JSON list on stdin, one object per document:
    {"path": FILE, "content_type": "text/xml; charset=big5" or null, "base": URL}
where `base` is the URL the document is read as served from (relative links
resolve against it) and `content_type` the HTTP header it is served with.

Writes one JSON object: path -> {"bozo": bool, "items": [...]}, each item
{"title", "link", "published", "updated"}: the title as plain text (feedparser
keeps the markup of HTML titles: here tags are stripped, references decoded
and whitespace collapsed, as Reader does), the link, and dates as Unix seconds
(null when feedparser has none).

Run it with the interpreter that has feedparser: Debian's python3-feedparser
belongs to /usr/bin/python3.
"""
import calendar
import html
import json
import re
import sys

import feedparser

TAG = re.compile(r"<[^>]*>")


def plain(text):
    if text is None:
        return None
    return " ".join(html.unescape(TAG.sub("", text)).split())


def seconds(parsed):
    return None if parsed is None else calendar.timegm(parsed)


def item(entry):
    return {
        "title": plain(entry.get("title")),
        "link": entry.get("link"),
        "published": seconds(entry.get("published_parsed")),
        "updated": seconds(entry.get("updated_parsed")),
    }


def read(document):
    headers = {"content-location": document["base"]}
    if document.get("content_type"):
        headers["content-type"] = document["content_type"]
    with open(document["path"], "rb") as handle:
        parsed = feedparser.parse(handle.read(), response_headers=headers)
    return {"bozo": bool(parsed.bozo), "items": [item(entry) for entry in parsed.entries]}


def main():
    documents = json.load(sys.stdin)
    result = {document["path"]: read(document) for document in documents}
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
