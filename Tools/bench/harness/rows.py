"""Turns the benchmark's documents into the rows the sqlite3 baseline imports:
(id, title, link, published, province, body), one CSV line each, and beside
them (`search_rows_path`) the full-text rows (title, body) as Reader indexes
them: the body's HTML as plain text, CJK runs as overlapping bigrams. This is
done once per document and is not timed; only the import is."""

import csv
import html
import json
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"

# The 34 provincial-level divisions: English and Chinese names.
PROVINCES = [
    ("Beijing", "北京"), ("Tianjin", "天津"), ("Hebei", "河北"), ("Shanxi", "山西"),
    ("Inner Mongolia", "内蒙古"), ("Liaoning", "辽宁"), ("Jilin", "吉林"), ("Heilongjiang", "黑龙江"),
    ("Shanghai", "上海"), ("Jiangsu", "江苏"), ("Zhejiang", "浙江"), ("Anhui", "安徽"),
    ("Fujian", "福建"), ("Jiangxi", "江西"), ("Shandong", "山东"), ("Henan", "河南"),
    ("Hubei", "湖北"), ("Hunan", "湖南"), ("Guangdong", "广东"), ("Guangxi", "广西"),
    ("Hainan", "海南"), ("Chongqing", "重庆"), ("Sichuan", "四川"), ("Guizhou", "贵州"),
    ("Yunnan", "云南"), ("Tibet", "西藏"), ("Shaanxi", "陕西"), ("Gansu", "甘肃"),
    ("Qinghai", "青海"), ("Ningxia", "宁夏"), ("Xinjiang", "新疆"), ("Hong Kong", "香港"),
    ("Macao", "澳门"), ("Taiwan", "台湾"),
]


def province_of(text: str) -> str:
    """The first province whose name appears in `text`, by position; '' if none."""
    best = (len(text) + 1, "")
    for english, chinese in PROVINCES:
        for name in (english, chinese):
            at = text.find(name)
            if 0 <= at < best[0]:
                best = (at, english)
    return best[1]


# Han ideographs (with extensions and compatibility forms), kana and Hangul:
# the runs Reader's SearchText indexes as bigrams.
CJK_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f\u3040-\u30ff\uac00-\ud7af]+")
TAG = re.compile(r"<[^>]*>")
SPACE = re.compile(r"\s+")


def indexable(text: str) -> str:
    """`text` with every CJK run as space-separated overlapping bigrams."""
    def bigrams(run: re.Match) -> str:
        chars = run.group(0)
        pairs = [chars[i:i + 2] for i in range(len(chars) - 1)] or [chars]
        return " " + " ".join(pairs) + " "
    return CJK_RUN.sub(bigrams, text)


def plain_text(body_html: str) -> str:
    """The HTML's text: tags dropped, entities decoded, white space collapsed."""
    return SPACE.sub(" ", html.unescape(TAG.sub(" ", body_html))).strip()


def search_rows_path(rows: Path) -> Path:
    """Where the full-text rows of the rows at `rows` are."""
    return rows.with_suffix(".search.csv")


def search_row(title: str, body_html: str) -> list[str]:
    """The (title, body) full-text row of an article, as Reader indexes it."""
    return [indexable(title), indexable(plain_text(body_html))]


def rss_to_csv(rss: Path, out: Path) -> int:
    """The items of an RSS 2.0 document as rows, and their full-text rows;
    returns how many."""
    count = 0
    with open(out, "w", newline="", encoding="utf-8") as handle, \
            open(search_rows_path(out), "w", newline="", encoding="utf-8") as search_handle:
        writer, search_writer = csv.writer(handle), csv.writer(search_handle)
        for _, element in ElementTree.iterparse(rss, events=("end",)):
            if element.tag != "item":
                continue
            title = element.findtext("title", "")
            body = element.findtext(CONTENT, "") or element.findtext("description", "")
            writer.writerow([
                element.findtext("guid", ""), title, element.findtext("link", ""),
                element.findtext("pubDate", ""), province_of(title + "\n" + body), body,
            ])
            search_writer.writerow(search_row(title, body))
            element.clear()
            count += 1
    return count


def pages_to_csv(pages: list[Path], out: Path) -> int:
    """The articles of Sync API pages as rows, and their full-text rows (later
    copies of an id replace earlier ones, as the stream's rules say); returns
    how many."""
    rows = {}
    search_rows = {}
    for page in pages:
        for article in json.loads(page.read_text(encoding="utf-8"))["articles"]:
            body = article.get("content_html") or article.get("summary") or ""
            provinces = article.get("provinces") or []
            province = provinces[0] if provinces else province_of(article["title"] + "\n" + body)
            rows[article["id"]] = [
                article["id"], article["title"], article["url"], article["published"], province, body,
            ]
            search_rows[article["id"]] = search_row(article["title"], body)
    with open(out, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows.values())
    with open(search_rows_path(out), "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(search_rows.values())
    return len(rows)
