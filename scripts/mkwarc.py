#!/usr/bin/env python3
"""mkwarc.py - writes a WARC or WARC.gz archive in the CC-NEWS layout.

usage: mkwarc.py OUT.warc[.gz] [--vary N] [--extras] [--url-base URL] PAGE...

Each PAGE (.html, .htm or .txt, optionally .gz) becomes one `response`
record (HTTP/1.1 200, Content-Type text/html; a .txt page is wrapped in
<article><p>...</p></article>, one <p> per paragraph), preceded by its
`request` record, after one `warcinfo` record, as Common Crawl writes them.
A .gz output has one gzip member per record, like CC-NEWS.

--vary N   write N records, cycling through the pages and varying each
           copy's text (numbers scaled, paragraphs rotated, a copy number
           in the title), so that copies are distinct articles
           (for make bench-scale); default: each page once, unchanged.
--start K  number the varied copies from K (default 0), so that archives
           written with different K hold different articles.
--extras   also write records claimex must skip: a metadata record, a
           PDF response, a 404 response.
Used by tests/warc.sh, make bench and make bench-scale.
"""
import gzip
import html
import io
import re
import sys
import uuid
import zlib


def load(path):
    data = open(path, "rb").read()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    if re.search(r"\.txt(\.gz)?$", path):
        text = data.decode("utf-8", "replace")
        paras = [p.strip() for p in text.split("\n\n") if p.strip()]
        title = paras[0][:80] if paras else "untitled"
        body = "".join("<p>%s</p>\n" % html.escape(p) for p in paras)
        data = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                "<title>%s</title></head><body><article>\n%s</article>"
                "</body></html>\n" % (html.escape(title), body)).encode()
    return data


NUM = re.compile(rb"(?<![\w.])(\d{1,3})(?=\s*(?:%|percent|million|billion|troops|soldiers))")


def vary(page, k):
    """Copy k of a page: numbers before units scaled, a marker in the
    title, and for a page wrapped from text here, its paragraphs rotated
    (a real page's <p> elements are left in place: moving them between
    its navigation and its article would unmake the article)."""
    f = 1 + (k % 7)

    def scale(m):
        return str(int(m.group(1)) * f + k % 13).encode()
    page = NUM.sub(scale, page)
    page = page.replace(b"<title>", b"<title>%d: " % k, 1)
    paras = re.findall(rb"<p>.*?</p>", page, flags=re.S)
    if len(paras) > 2 and b"<article>\n<p>" in page:
        r = k % len(paras)
        rot = paras[r:] + paras[:r]
        it = iter(rot)
        page = re.sub(rb"<p>.*?</p>", lambda m: next(it), page, flags=re.S)
    return page


class Writer:
    def __init__(self, path):
        self.gz = path.endswith(".gz")
        self.f = open(path, "wb")

    def record(self, kind, uri, date, ctype, block):
        head = ["WARC/1.0", "WARC-Type: " + kind,
                "WARC-Date: " + date,
                "WARC-Record-ID: <urn:uuid:%s>" % uuid.uuid4()]
        if uri:
            head.append("WARC-Target-URI: " + uri)
        head += ["Content-Type: " + ctype,
                 "Content-Length: %d" % len(block)]
        rec = ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"
        if self.gz:
            c = zlib.compressobj(1, zlib.DEFLATED, 31)
            rec = c.compress(rec) + c.flush()
        self.f.write(rec)

    def response(self, uri, date, body, ctype="text/html; charset=utf-8",
                 status="200 OK"):
        http = ("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n"
                "\r\n" % (status, ctype, len(body))).encode() + body
        self.record("request", uri, date, "application/http; msgtype=request",
                    b"GET / HTTP/1.1\r\nHost: example\r\n\r\n")
        self.record("response", uri, date,
                    "application/http; msgtype=response", http)


def main(argv):
    out = argv[1]
    args = argv[2:]
    n = None
    start = 0
    extras = False
    base = "https://news.example.org/"
    pages = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--vary":
            n = int(args[i + 1])
            i += 1
        elif a == "--start":
            start = int(args[i + 1])
            i += 1
        elif a == "--extras":
            extras = True
        elif a == "--url-base":
            base = args[i + 1]
            i += 1
        else:
            pages.append(a)
        i += 1
    if not pages:
        sys.exit("mkwarc.py: no pages")
    data = [load(p) for p in pages]
    w = Writer(out)
    w.record("warcinfo", None, "2024-05-01T00:00:00Z",
             "application/warc-fields", b"software: mkwarc.py\r\n")
    count = n if n is not None else len(data)
    for k in range(start, start + count):
        page = data[k % len(data)]
        if n is not None:
            page = vary(page, k)
        day = 1 + k % 28
        w.response("%sa/%d.html" % (base, k),
                   "2024-05-%02dT12:00:00Z" % day, page)
        if extras and k == 0:
            w.record("metadata", base + "a/0.html", "2024-05-01T12:00:00Z",
                     "application/warc-fields", b"fetchTimeMs: 12\r\n")
            w.response(base + "paper.pdf", "2024-05-01T12:00:00Z",
                       b"%PDF-1.4 not html", "application/pdf")
            w.response(base + "gone.html", "2024-05-01T12:00:00Z",
                       b"<html>gone</html>", status="404 Not Found")
    w.f.close()


if __name__ == "__main__":
    main(sys.argv)
