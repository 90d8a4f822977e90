#!/usr/bin/env python3
"""gofeed-agree.py QUOTH DIR [LIMIT]: compare quoth's feed import with the
expected parses that sit next to gofeed's test feeds (NAME.json beside
NAME.xml).  Each feed is imported into an index of its own; an expected
item counts when it has a title, a link or content, and it agrees when
quoth imported an article from that feed with the same title and link.
Prints "agree A of E items (F feeds)" and the disagreements; exits 1 when
fewer than 95 in 100 agree.
"""
import glob
import html
import json
import re
import os
import subprocess
import sys
import tempfile

quoth, top = sys.argv[1], sys.argv[2]
limit = int(sys.argv[3]) if len(sys.argv) > 3 else 0


def norm(s):
    """Text as a reader shows it: markup and runs of white space gone."""
    if not isinstance(s, str):
        s = (s or {}).get("value", "") if isinstance(s, dict) else ""
    return " ".join(re.sub(r"<[^>]*>", " ", html.unescape(s)).split())


def link_of(it):
    if it.get("link") or it.get("url"):
        return norm(it.get("link") or it.get("url"))
    for ln in it.get("links") or []:
        if isinstance(ln, dict) and ln.get("rel") in (None, "", "alternate"):
            return norm(ln.get("href"))
    return ""


def expected(path):
    try:
        d = json.load(open(path, encoding="utf-8"))
    except (ValueError, OSError):
        return None
    items = (d.get("items") or d.get("entries")) if isinstance(d, dict) else None
    if not isinstance(items, list):
        return None
    out = []
    for it in items:
        if not isinstance(it, dict):
            continue
        title, link = norm(it.get("title")), link_of(it)
        text = norm(it.get("content") or it.get("description") or
                    it.get("summary") or it.get("content_html") or
                    it.get("content_text"))
        if title or link or text:
            out.append((title, link))
    return out


def imported(feed, db):
    subprocess.run([quoth, "--db", db, "add", "--as", "feed", feed],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=30)
    r = subprocess.run([quoth, "--db", db, "list", "--format=jsonl"],
                       capture_output=True, text=True, timeout=30)
    got = []
    for line in r.stdout.splitlines():
        a = json.loads(line)
        s = subprocess.run([quoth, "--db", db, "show", str(a["id"]),
                            "--format=json"], capture_output=True, text=True)
        d = json.loads(s.stdout) if s.returncode == 0 else {}
        got.append((norm(a.get("title")), norm(d.get("url"))))
    return got


pairs = []
for js in sorted(glob.glob(os.path.join(top, "**", "*.json"), recursive=True)):
    for ext in (".xml", ".atom", ".rss"):
        feed = js[:-5] + ext
        if os.path.exists(feed):
            pairs.append((feed, js))
            break
if limit:
    pairs = pairs[::max(1, len(pairs) // limit)][:limit]
agree = total = feeds = 0
work = tempfile.mkdtemp(prefix="gofeed-agree.")
for n, (feed, js) in enumerate(pairs):
    want = expected(js)
    if not want:
        continue
    feeds += 1
    db = os.path.join(work, "%d.db" % n)
    got = imported(feed, db)
    for title, link in want:
        total += 1
        ok = any((not title or t == title) and (not link or u == link)
                 for t, u in got)
        agree += ok
        if not ok:
            print("# %s: missing %r %r (got %r)" % (
                os.path.relpath(feed, top), title[:60], link[:60], got[:2]))
subprocess.run(["rm", "-rf", work])
print("agree %d of %d items (%d feeds)" % (agree, total, feeds))
sys.exit(0 if total == 0 or agree * 100 >= total * 95 else 1)
