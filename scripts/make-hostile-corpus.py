#!/usr/bin/env python3
"""Writes a folder of hostile inputs for scripts/check-corpus.sh, the kind a real folder holds or an attacker sends.

    scripts/make-hostile-corpus.py OUT_DIR [--seeds seeds/] [--random-seed 19] [--mutants 8]

Random bytes under document names; truncated and byte-flipped copies of every seed; archives and mailboxes under
names that hide them (a zip named .dat, an mbox without extension, a gzip named .txt); archive entries named
../../x and /tmp/abs-x; external entities pointing at /etc/passwd (XHTML, XML, SVG, DOCX); entity expansion; HTML
nested 60,000 deep; a 5 MB single line; giant titles, authors and URLs in every place a title is read from; names
with `!`, spaces, quotes and shell syntax; NUL-filled, UTF-16 without BOM, mixed encodings; symbolic link loops and
broken links; an empty zip, a zip bomb under the limits, archives nested past the limit. The same arguments give the
same bytes (links and file times aside). Python 3 standard library only.
"""
import argparse
import gzip
import io
import os
import random
import shutil
import tarfile
import zipfile

ESCAPE_NAMES = ('daybrief-escape-zip-x', 'daybrief-escape-tar-x', 'daybrief-abs-zip-x', 'daybrief-abs-tar-x')
ARTICLE = ("The harbour authority said on Tuesday that the strike had ended after three weeks of talks. "
           "Dock workers voted to accept a pay rise of four percent over two years. "
           "Shipping lines had diverted more than forty vessels to other ports during the dispute. "
           "The union's leader thanked members for their patience and said the deal protected jobs. ")


SERIAL = [0]


def unique(text=ARTICLE):
    """The text with a serial number of its own, so that no two inputs have the same words: a document missing from
    the digest is then lost, not merged as a copy (copies are made on purpose, under copies/)."""
    SERIAL[0] += 1
    return f"{text} The reference of this report is {SERIAL[0]}. "


def article(n, topic):
    """A short plain news text of its own."""
    return (f"{topic} report number {n}\n\n" + unique(ARTICLE.replace("four", f"{n % 9 + 2}").replace("forty", f"{n + 10}"))
            + f"Officials in district {n} expect a full return to normal by the end of the month.\n")


class Corpus:
    def __init__(self, out, rng):
        self.out, self.rng, self.count = out, rng, 0

    def write(self, rel, data):
        path = os.path.join(self.out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'wb') as f:
            f.write(data.encode('utf-8') if isinstance(data, str) else data)
        self.count += 1
        return path

    def rand(self, n):
        return self.rng.randbytes(n)


def zip_bytes(entries, compression=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', compression) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, (2025, 9, 22, 8, 0, 0)), data, compress_type=compression)
    return buf.getvalue()


def tar_bytes(entries, mode='w'):
    if mode == 'w:gz':   # gzipped here with a fixed time, so that the same arguments give the same bytes
        return gzip.compress(tar_bytes(entries), mtime=0)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as t:
        for name, data in entries:
            data = data.encode() if isinstance(data, str) else data
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), 1758528000
            t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def tar_special():
    """A tar whose entries are a link to /etc/passwd, a hard link to it, a device and a fifo, beside one text."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w') as t:
        for name, kind, target in [('passwd-link.txt', tarfile.SYMTYPE, '/etc/passwd'),
                                   ('passwd-hard.txt', tarfile.LNKTYPE, '/etc/passwd'),
                                   ('climb-link.txt', tarfile.SYMTYPE, '../../../../etc/passwd'),
                                   ('zero.txt', tarfile.CHRTYPE, ''), ('pipe.txt', tarfile.FIFOTYPE, '')]:
            info = tarfile.TarInfo(name)
            info.type, info.linkname, info.mtime = kind, target, 1758528000
            t.addfile(info)
        data = article(80, 'Tar links').encode()
        info = tarfile.TarInfo('real.txt')
        info.size, info.mtime = len(data), 1758528000
        t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def docx_bytes(document_xml, core_xml=None):
    entries = [
        ('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
         'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
         '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties'
         '+xml"/></Types>'),
        ('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
         'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.'
         'openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '</Relationships>'),
        ('word/document.xml', document_xml),
    ]
    if core_xml:
        entries.append(('docProps/core.xml', core_xml))
    return zip_bytes(entries)


def word_body(text):
    paras = ''.join(f'<w:p><w:r><w:t>{p}</w:t></w:r></w:p>' for p in text.split('\n') if p)
    return ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:body>{paras}</w:body></w:document>')


def mbox(messages):
    out = []
    for i, (subject, body) in enumerate(messages):
        out.append(f"From sender{i}@example.org Mon Sep 22 08:0{i}:00 2025\nFrom: Sender {i} <sender{i}@example.org>\n"
                   f"To: desk@example.org\nSubject: {subject}\nDate: Mon, 22 Sep 2025 08:0{i}:00 +0000\n"
                   f"Message-ID: <m{i}@example.org>\n\n{unique(ARTICLE * 3)}\n")
    return '\n'.join(out)


def seeds_part(c, seeds, mutants):
    """Truncated and byte-flipped copies of each seed, and exact copies in another folder and under another name."""
    for name in sorted(os.listdir(seeds)):
        src = os.path.join(seeds, name)
        if name.startswith('.') or not os.path.isfile(src):
            continue
        data = open(src, 'rb').read()
        stem, ext = os.path.splitext(name)
        for frac in (0.0, 0.1, 0.5, 0.9):
            c.write(f'truncated/{stem}-{int(frac * 100)}pct{ext}', data[:int(len(data) * frac)] if frac else data[:1])
        for m in range(mutants):
            b = bytearray(data)
            for _ in range(c.rng.randint(1, 40)):
                b[c.rng.randrange(len(b))] = c.rng.randrange(256)
            c.write(f'flipped/{stem}-flip{m}{ext}', bytes(b))
        b = bytearray(data)   # one heavily damaged copy: a tenth of the bytes replaced
        for _ in range(len(b) // 10):
            b[c.rng.randrange(len(b))] = c.rng.randrange(256)
        c.write(f'flipped/{stem}-shredded{ext}', bytes(b))
        c.write(f'copies/other-folder/{name}', data)               # the same words: a copy
        c.write(f'copies/renamed-{stem}.bin', data)                 # a copy whose name lies


def random_part(c):
    for i, ext in enumerate(['.txt', '.pdf', '.docx', '.html', '.eml', '.rtf', '.odt', '.epub', '.xlsx', '.zip',
                             '.mbox', '.tar.gz', '.json', '.csv', '.md', '.xml', '']):
        c.write(f'random/junk{i}{ext}', c.rand(c.rng.choice([1, 17, 4096, 200_000])))
    c.write('random/junk.txt', c.rand(200_000))                     # the issue's own example
    c.write('random/nul-filled.txt', b'\0' * 100_000)
    c.write('random/nul-filled.pdf', b'\0' * 4096)
    c.write('random/ff-filled.docx', b'\xff' * 4096)
    c.write('random/almost-pdf.pdf', b'%PDF-1.7\n' + c.rand(50_000))
    c.write('random/almost-zip.docx', b'PK\x03\x04' + c.rand(50_000))
    c.write('random/printable-noise.txt', ''.join(c.rng.choice('abcdefghij klmnop.,;!?\n') for _ in range(300_000)))
    c.write('random/one-letter.txt', 'x')
    c.write('random/whitespace.txt', ' \n\t\r\n' * 1000)
    c.write('random/empty.txt', b'')
    c.write('random/only-punctuation.txt', '.!?;:,' * 20_000)


def title_part(c):
    """Giant titles, authors, sources and URLs through every path a title is read from."""
    big = 'Breaking ' + ' '.join(f'word{i}' for i in range(1500))    # about 12,000 characters, with spaces
    nospace = 'X' * 9000                                             # no word to cut at
    c.write('titles/first-line-7000.txt', 'A' * 3500 + ' ' + 'B' * 3499 + '\n\n' + unique(ARTICLE * 3))
    c.write('titles/first-line-words.txt', big + '\n\n' + unique(ARTICLE * 3))
    c.write('titles/front-matter.txt', f'title: {big}\nauthor: {big}\nsource: {big}\nurl: https://example.org/'
            f'{nospace}\ndate: 2025-09-22\n\n' + unique(ARTICLE * 3))
    c.write('titles/front-matter-nospace.txt', f'title {nospace}\nsource {nospace}\n\n' + unique(ARTICLE * 3))
    c.write('titles/html-title.html', f'<html><head><title>{big}</title><meta name="author" content="{big}">'
            f'<meta property="og:url" content="https://example.org/{nospace}"><meta property="article:'
            f'published_time" content="2025-09-22T08:00:00Z"></head><body><p>{unique(ARTICLE * 3)}</p></body></html>')
    c.write('titles/html-h1.html', f'<html><body><h1>{nospace}</h1><p>{unique(ARTICLE * 3)}</p></body></html>')
    c.write('titles/email-subject.eml', f'From: "{big}" <a@example.org>\nTo: b@example.org\nSubject: {big}\n'
            f'Date: Mon, 22 Sep 2025 08:00:00 +0000\n\n{unique(ARTICLE * 3)}\n')
    c.write('titles/docx-core-title.docx', docx_bytes(word_body(unique(ARTICLE * 3)), '<?xml version="1.0"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://'
            f'purl.org/dc/elements/1.1/"><dc:title>{big}</dc:title><dc:creator>{big}</dc:creator>'
            '</cp:coreProperties>'))
    c.write('titles/control-chars.txt', 'Title\u202e with \x1b[31m escapes \x07 and \u2028 separators\n\n' + unique(ARTICLE * 3))
    c.write('titles/newline-in-subject.eml', 'From: a@example.org\nSubject: one\n two\r\n three\nDate: Mon, 22 Sep '
            f'2025 08:00:00 +0000\n\n{unique(ARTICLE * 3)}\n')
    c.write('titles/markup-title.html', '<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; ]]> {{x}} '
            f'${{7*7}} | *bold* [a](javascript:alert(1))</title></head><body><p>{unique(ARTICLE * 3)}</p></body></html>')
    c.write('titles/5mb-one-line.txt', ('lorem ipsum dolor sit amet ' * 200_000)[:5_000_000])
    c.write('titles/5mb-one-word.txt', 'x' * 5_000_000)
    c.write('titles/7000-char-first-line-then-text.txt', ('word ' * 1400) + '\n\n' + unique(ARTICLE * 3))


def xml_part(c):
    xxe = '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    c.write('xml/xxe.xhtml', f'<?xml version="1.0"?>{xxe}<html xmlns="http://www.w3.org/1999/xhtml"><head><title>'
            f'&xxe;</title></head><body><p>Leak: &xxe;</p><p>{unique()}</p></body></html>')
    c.write('xml/xxe.xml', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            f'<r><title>&xxe;</title><p>{unique()} &xxe;</p></r>')
    c.write('xml/xxe-param.xml', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "file:///etc/passwd">%p;]>'
            f'<r>{unique()}</r>')
    c.write('xml/xxe.svg', '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            '<svg xmlns="http://www.w3.org/2000/svg"><title>&xxe;</title><text>&xxe;</text></svg>')
    c.write('xml/xxe.html', f'{xxe}<html><body><p>&xxe;</p><p>{unique()}</p></body></html>')
    c.write('xml/xinclude.xml', '<?xml version="1.0"?><r xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include '
            f'href="file:///etc/passwd" parse="text"/><p>{unique()}</p></r>')
    c.write('xml/xxe.docx', docx_bytes('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/'
                                       'passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/'
                                       'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>'
                                       f'<w:p><w:r><w:t>{unique()}</w:t></w:r></w:p></w:body></w:document>'))
    c.write('xml/xxe-in-zip.zip', zip_bytes([('leak.xhtml', f'<?xml version="1.0"?>{xxe}<html xmlns="http://www.w3.'
                                              f'org/1999/xhtml"><body><p>&xxe;</p><p>{unique()}</p></body></html>')]))
    laughs = '<!ENTITY l0 "lol">' + ''.join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    c.write('xml/billion-laughs.xml', f'<?xml version="1.0"?><!DOCTYPE r [{laughs}]><r>&l9;</r>')
    c.write('xml/billion-laughs.xhtml', f'<?xml version="1.0"?><!DOCTYPE html [{laughs}]><html xmlns="http://www.w3.'
            'org/1999/xhtml"><body><p>&l9;</p></body></html>')
    c.write('xml/deep-60000.html', '<html><body>' + '<div>' * 60_000 + unique() + '</div>' * 60_000 + '</body></html>')
    c.write('xml/deep-60000-unclosed.html', '<html><body>' + '<b><i>' * 30_000 + unique())
    c.write('xml/deep-60000-table.html', '<html><body>' + '<table><tr><td>' * 20_000 + unique() + '</body></html>')
    c.write('xml/deep-60000.xhtml', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
            + '<div>' * 60_000 + unique() + '</div>' * 60_000 + '</body></html>')
    c.write('xml/deep-60000.xml', '<?xml version="1.0"?>' + '<a>' * 60_000 + unique() + '</a>' * 60_000)
    c.write('xml/deep-rtf.rtf', '{\\rtf1 ' + '{' * 60_000 + unique() + '}' * 60_000 + '}')
    c.write('xml/deep-json.json', '[' * 60_000 + ']' * 60_000)


def archive_part(c):
    docs = [(f'story{i}.txt', article(i, 'Archive')) for i in range(3)]
    c.write('archives/bundle.dat', zip_bytes(docs))                           # a zip under another name
    c.write('archives/bundle-no-extension', zip_bytes([(n, t.replace('Archive', 'Bare')) for n, t in docs]))
    c.write('archives/mailbox', mbox([(f'Mailbox story {i}', article(i, 'Mailbox')) for i in range(3)]))
    c.write('archives/mailbox.txt', mbox([(f'Mailbox txt {i}', article(i, 'Mailtxt')) for i in range(3)]))
    c.write('archives/gzip-named.txt', gzip.compress(article(7, 'Gzipped').encode(), mtime=0))
    c.write('archives/tar-no-extension', tar_bytes([(n, t.replace('Archive', 'Tarred')) for n, t in docs]))
    c.write('archives/tgz-named.pdf', tar_bytes([(n, t.replace('Archive', 'Tgz')) for n, t in docs], 'w:gz'))
    c.write('archives/escape.zip', zip_bytes([('../../' + ESCAPE_NAMES[0], article(20, 'Escape')),
                                              ('/tmp/' + ESCAPE_NAMES[2], article(21, 'Absolute')),
                                              ('ok/../../../' + ESCAPE_NAMES[0], article(22, 'Climb'))]))
    c.write('archives/escape.tar', tar_bytes([('../../' + ESCAPE_NAMES[1], article(23, 'Escape')),
                                              ('/tmp/' + ESCAPE_NAMES[3], article(24, 'Absolute'))]))
    c.write('archives/escape.tar.gz', tar_bytes([('../../../../../../tmp/' + ESCAPE_NAMES[1], article(25, 'Deep'))],
                                                'w:gz'))
    c.write('archives/entry-names.zip', zip_bytes([('Wow! big.txt', article(30, 'Bang')),
                                                   ('a!/b!.txt', article(31, 'Bangs')),
                                                   ('$(rm -rf ~).txt', article(32, 'Shell')),
                                                   ('<img src=x onerror=alert(1)>.txt', article(33, 'Markup')),
                                                   ('dir/', ''), ('.hidden.txt', article(34, 'Hidden')),
                                                   ('__MACOSX/._story.txt', 'junk'), ('x' * 250 + '.txt',
                                                                                       article(35, 'Long name'))]))
    c.write('archives/links.tar', tar_special())
    c.write('archives/empty.zip', zip_bytes([]))
    c.write('archives/empty.tar', tar_bytes([]))
    c.write('archives/empty.tar.gz', tar_bytes([], 'w:gz'))
    c.write('archives/only-folders.zip', zip_bytes([('a/', ''), ('a/b/', '')]))
    c.write('archives/truncated.zip', zip_bytes(docs)[:300])
    c.write('archives/truncated.tar.gz', tar_bytes(docs, 'w:gz')[:200])
    # A zip bomb under the limits (each entry below max-file-size 20 MB, the whole below max-expanded-size 1 GB).
    filler = ('The committee met again today and adjourned without a decision. ' * 300_000)[:19_000_000]
    c.write('archives/bomb-under-limits.zip', zip_bytes([(f'filler{i}.txt', filler) for i in range(12)]))
    # One entry past max-file-size, and a pile of entries past nothing but patience.
    c.write('archives/one-big-entry.zip', zip_bytes([('big.txt', 'a ' * 15_000_000)]))
    c.write('archives/many-entries.zip', zip_bytes([(f'e{i:05}.txt', f'Entry {i}.') for i in range(2000)]))
    # Nesting: zip in zip ... 6 levels, a tar.gz in a zip, a gzip of a gzip.
    inner = zip_bytes([('deepest.txt', article(40, 'Deepest'))])
    for level in range(6):
        inner = zip_bytes([(f'level{level}.zip', inner), (f'note{level}.txt', article(41 + level, f'Level {level}'))])
    c.write('archives/nested-6.zip', inner)
    c.write('archives/tgz-in-zip.zip', zip_bytes([('inner.tar.gz', tar_bytes(docs, 'w:gz'))]))
    c.write('archives/gz-in-gz.txt.gz.gz', gzip.compress(gzip.compress(article(50, 'Double').encode(), mtime=0),
                                                         mtime=0))
    c.write('archives/mbox-in-zip.zip', zip_bytes([('mail.mbox', mbox([('Zipped mail', article(51, 'Zipmail'))]))]))
    c.write('archives/self-named.zip', zip_bytes([('self-named.zip', zip_bytes([('self-named.zip', b'PK')]))]))
    c.write('archives/stored-random.zip', zip_bytes([('noise.bin', c.rand(100_000)), ('ok.txt', article(52, 'Ok'))],
                                                    zipfile.ZIP_STORED))


def names_part(c):
    for name in ['Wow! big.txt', 'Breaking!.txt', '!.txt', 'a!b!c.txt', 'spaces  and\ttab.txt', "quote'\"s.txt",
                 '$(rm -rf ~).txt', '`id`.txt', '-rf.txt', '--help.txt', 'semi;colon&amp.txt', 'ünïcødé-日本語.txt',
                 'emoji-📰.txt', 'x' * 240 + '.txt', 'no-extension', 'dots...txt', 'UPPER.TXT', 'percent%20.txt',
                 'back\\slash.txt', 'hash#frag.txt', 'question?.txt', 'star*.txt', 'brackets[1].txt', 'braces{a,b}.txt',
                 'same-stem.txt', 'same-stem.html', 'same-stem.md']:
        c.write(f'names/{name}', article(len(name) * 7 + sum(map(ord, name)) % 1000, f'Name {name[:20]}'))
    c.write('names/folder.pdf/inside.txt', article(900, 'Folder'))
    deep = '/'.join(f'{i:02}-' + 'd' * 197 for i in range(11))   # a path past 2,000 characters (a column's width)
    c.write(f'names/{deep}/deep-path.txt', article(903, 'Deep path'))
    c.write(f'names/{deep}/deep-path-junk.pdf', c.rand(3000))
    c.write('names/.hidden-file.txt', article(901, 'Hidden'))
    c.write('names/.hidden-dir/inside.txt', article(902, 'Hidden dir'))
    c.write('names/__MACOSX/._Wow.txt', b'\0\5\x16\7\0\2\0\0Mac OS X')


def encoding_part(c):
    def text():
        return article(60, 'Encoding') + 'Café, naïve, Zürich, 東京, Москва.\n'
    c.write('encodings/utf16le-no-bom.txt', text().encode('utf-16-le'))
    c.write('encodings/utf16be-no-bom.txt', text().encode('utf-16-be'))
    c.write('encodings/utf16le-bom.txt', b'\xff\xfe' + text().encode('utf-16-le'))
    c.write('encodings/utf32-no-bom.txt', text().encode('utf-32-le'))
    c.write('encodings/utf8-bom.txt', b'\xef\xbb\xbf' + text().encode())
    c.write('encodings/latin1.txt', text().encode('latin-1', 'replace'))
    c.write('encodings/mixed.txt', text().encode() + text().encode('latin-1', 'replace') + text().encode('utf-16-le'))
    c.write('encodings/invalid-utf8.txt', text().encode() + b'\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\x28' * 50)
    c.write('encodings/lone-surrogates.txt', text().encode() + b'\xed\xa0\x80\xed\xbf\xbf' * 100)
    c.write('encodings/cr-only.txt', text().replace('\n', '\r'))
    c.write('encodings/nul-between.txt', '\0'.join(text()))
    c.write('encodings/utf16-html.html', ('<html><head><meta charset="utf-16"><title>UTF-16</title></head><body><p>'
                                          + text() + '</p></body></html>').encode('utf-16-le'))
    c.write('encodings/lying-charset.html', '<html><head><meta charset="shift_jis"></head><body><p>' + text()
            + '</p></body></html>')
    c.write('encodings/bidi.txt', '\u202eevil\u202c title\n\n' + text())
    c.write('encodings/combining.txt', 'Z' + '\u0336\u0337\u0338' * 3000 + '\n\n' + text())


def links_part(c, passwd_link):
    d = os.path.join(c.out, 'links')
    os.makedirs(d, exist_ok=True)
    c.write('links/target.txt', article(70, 'Link target'))
    for link, to in [('loop-a', 'loop-b'), ('loop-b', 'loop-a'), ('self-loop.txt', 'self-loop.txt'),
                     ('broken.txt', 'does-not-exist.txt'), ('to-file.txt', 'target.txt'), ('to-dir', '.'),
                     ('to-dev-zero.txt', '/dev/zero'), ('to-dev-urandom.txt', '/dev/urandom')]:
        os.symlink(to, os.path.join(d, link))
        c.count += 1
    os.mkfifo(os.path.join(d, 'fifo.txt'))   # a named pipe: reading it would block forever
    if passwd_link:   # off by default: the README says a link to a file is read as that file, so this one leaks by design
        os.symlink('/etc/passwd', os.path.join(d, 'to-etc-passwd.txt'))
        c.count += 1


def bulk_part(c, n):
    """Plain documents around the hostile ones, so a run that loses the chunk loses real work (as the issue saw)."""
    for i in range(n):
        c.write(f'bulk/news-{i:04}.txt', article(1000 + i, f'Bulk {i}'))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('out')
    ap.add_argument('--seeds', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'seeds'))
    ap.add_argument('--random-seed', type=int, default=19)
    ap.add_argument('--mutants', type=int, default=8, help='byte-flipped copies per seed (default 8)')
    ap.add_argument('--passwd-link', action='store_true', help='also a link to /etc/passwd (read by design)')
    ap.add_argument('--bulk', type=int, default=200, help='plain documents among the hostile ones (default 200)')
    a = ap.parse_args()
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    os.makedirs(a.out)
    c = Corpus(a.out, random.Random(a.random_seed))
    for part in (lambda: seeds_part(c, a.seeds, a.mutants), lambda: random_part(c), lambda: title_part(c),
                 lambda: xml_part(c), lambda: archive_part(c), lambda: names_part(c), lambda: encoding_part(c),
                 lambda: links_part(c, a.passwd_link), lambda: bulk_part(c, a.bulk)):
        part()
    print(f'{a.out}: {c.count} files')


if __name__ == '__main__':
    main()
