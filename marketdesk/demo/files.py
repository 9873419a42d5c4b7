"""Small generated attachments: a photo (PNG), a return label or invoice (PDF), a tracking note (text)."""

from __future__ import annotations

import struct
import unicodedata
import zlib

from marketdesk.tickets.attachments import IncomingFile


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(width: int = 48, height: int = 32, shade: int = 0) -> bytes:
    """A grey-blue gradient with a dark diagonal "crack": enough to look like a photo thumbnail."""
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter type 0 for each scanline
        for x in range(width):
            crack = abs(x - y - width // 4) < 2
            level = 40 if crack else 120 + (x * 90) // width + shade % 40
            row += bytes((level, level, min(255, level + 30)))
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + _chunk(b"IEND", b"")
    )


def _win_ansi(char: str) -> str:
    """The character if the PDF's standard font can show it, else its letter without accents (ř → r)."""
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode() or "?"
    return char


def pdf(lines: list[str]) -> bytes:
    """A one-page PDF with the given lines of text (label or invoice) in the standard Helvetica font."""
    safe = [line.replace("\\", "").replace("(", "[").replace(")", "]") for line in lines]
    text = "BT /F1 12 Tf 50 780 Td 16 TL " + " ".join(f"({line}) '" for line in safe) + " ET"
    content = "".join(_win_ansi(char) for char in text).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def photo(name: str, shade: int) -> IncomingFile:
    return IncomingFile(filename=name, content=png(shade=shade), mime_type="image/png")


def return_label(order: str, shop: str, address: str) -> IncomingFile:
    lines = ["PREPAID RETURN LABEL", f"Order {order}", "Ship to:", shop, *address.split(", ")[1:], "Paid by sender"]
    return IncomingFile(filename=f"return-label-{order}.pdf", content=pdf(lines), mime_type="application/pdf")


def invoice(order: str, shop: str, total: str) -> IncomingFile:
    lines = [f"INVOICE {order}", shop, f"Order {order}", f"Total incl. VAT: {total}", "Thank you for your order."]
    return IncomingFile(filename=f"invoice-{order}.pdf", content=pdf(lines), mime_type="application/pdf")


def tracking_note(order: str, code: str) -> IncomingFile:
    text = f"Order {order}\nParcel {code}\nStatus: in transit, investigation opened with the carrier\n"
    return IncomingFile(filename=f"tracking-{order}.txt", content=text.encode(), mime_type="text/plain")
