#!/usr/bin/env python3
"""pngcheck.py - facts about a screenshot, for tests/report.sh.

usage: pngcheck.py FILE.png RRGGBB...
Prints "WIDTHxHEIGHT" and, for each colour, how many pixels have it
(within a small tolerance). Exit 1 when the image has a single colour
(a blank page). Standard library only (zlib, struct).
"""
import struct
import sys
import zlib


def read_png(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, w = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and ctype in (2, 6), "unsupported PNG"
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def main():
    w, h, bpp, rows = read_png(sys.argv[1])
    want = [tuple(int(c[i:i + 2], 16) for i in (0, 2, 4)) for c in sys.argv[2:]]
    counts = [0] * len(want)
    colours = set()
    for row in rows[::2]:
        for x in range(0, w * bpp, bpp * 2):
            px = (row[x], row[x + 1], row[x + 2])
            if len(colours) < 3:
                colours.add(px)
            for k, c in enumerate(want):
                if all(abs(px[i] - c[i]) <= 6 for i in range(3)):
                    counts[k] += 1
    print(f"{w}x{h}", *counts)
    return 0 if len(colours) > 1 else 1


if __name__ == "__main__":
    sys.exit(main())
