"""Derive the Traditional Chinese catalog (Taiwan wording) from the Simplified one.

Run after every change to composure_zh_CN.ts (the README's translation steps do):

    python packaging/derive_zh_TW.py
    cd resources/translations && pyside6-lrelease composure_zh_TW.ts -qm composure_zh_TW.qm

Every translation goes through OpenCC's "s2twp" (characters and Taiwan phrasing, e.g. 默认 ->
預設); sources, contexts and placeholders are untouched. A translator can later own the file;
until then the Simplified catalog is the one to edit.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parents[1] / "resources" / "translations"


def derive(source: Path, target: Path) -> int:
    convert = opencc.OpenCC("s2twp").convert
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "zh_TW")
    count = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        for element in [translation, *translation.iter("numerusform")]:
            if element.text and element.text.strip():
                element.text = convert(element.text)
                count += 1
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                      + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return count


if __name__ == "__main__":
    n = derive(HERE / "composure_zh_CN.ts", HERE / "composure_zh_TW.ts")
    print(f"composure_zh_TW.ts: {n} translations converted", file=sys.stderr)
