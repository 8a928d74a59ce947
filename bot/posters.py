"""Printable A4 posters that bring residents to the bot with their place already chosen: the
place's name, a short invitation, and a QR code per channel (Telegram's deep link, WhatsApp's
wa.me link with "/start <code>" typed), as PDF, PNG and SVG drawn from one layout.

Libraries: QR codes by segno (its matrix; we draw the modules ourselves so the three formats
match), PDF by fpdf2 (pure Python; embeds a subset of a TrueType font with a ToUnicode map, so
the text can be searched and copied), PNG by Pillow. SVG is written here; its text uses the
viewer's fonts (DejaVu Sans first, then Noto Sans, then any sans-serif).

Font: DejaVu Sans and DejaVu Sans Bold as matplotlib ships them (`mpl-data/fonts/ttf`, beside
their license, `LICENSE_DEJAVU`: the Bitstream Vera terms, free to embed and redistribute).
matplotlib is a dependency already (survey charts), so a fresh machine with only Python and pip
has the font; it covers Latin with the Turkic letters (ə ğ ı ş ň ž ý ä), Cyrillic with the Kazakh,
Kyrgyz and Tajik letters (ә ғ қ ң ө ұ ү һ і ӣ ӯ ҳ ҷ) and Armenian. These scripts need no text
shaping, so neither fpdf2 nor Pillow needs HarfBuzz or Raqm for them.

Units: the layout is in PDF points (1/72 inch) on an A4 page, 595.28 x 841.89; the PNG is drawn
at `PNG_SCALE` pixels per point (180 dpi).
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

import segno

if TYPE_CHECKING:
    from PIL import ImageFont

from bot.i18n import Translator
from bot.messages import telegram_start_link, whatsapp_start_link

PAGE_W, PAGE_H = 595.28, 841.89  # A4, points
MARGIN = 48.0
PNG_SCALE = 2.5  # pixels per point: 1488 x 2105 pixels, 180 dpi on A4
QUIET_ZONE = 4  # white modules around a QR code, as the standard asks
INK, ACCENT, PAPER = "#000000", "#1f5fa8", "#ffffff"
FORMATS = {"pdf": "application/pdf", "png": "image/png", "svg": "image/svg+xml"}
SVG_FONTS = "'DejaVu Sans', 'Noto Sans', Arial, sans-serif"


def font_path(bold: bool) -> Path:
    """matplotlib's copy of DejaVu Sans (Bold)."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    import matplotlib  # imported where drawn: every CLI command would pay for it at start

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name


@dataclass(frozen=True)
class Code:
    """One channel's QR code: `link` is what it holds, `shown` the link printed under it."""

    channel: str  # a brand name, not translated: "Telegram", "WhatsApp"
    link: str
    shown: str


@dataclass(frozen=True)
class Poster:
    """A poster's words (already in its language) and codes."""

    locale: str
    title: str  # the place's name
    subtitle: str | None  # a village's municipality
    headline: str
    offers: tuple[str, ...]
    scan: str
    codes: tuple[Code, ...]
    footer: str


def poster_for(
    t: Translator,
    *,
    code: str,
    title: str,
    subtitle: str | None,
    telegram_username: str | None,
    whatsapp_number: str | None,
) -> Poster:
    """The poster of the place with deep-link `code` in `t`'s language; a channel whose
    username or number is None is left out. Raises ValueError when both are None."""
    codes = []
    if telegram_username:
        link = telegram_start_link(telegram_username, code)
        codes.append(Code("Telegram", link, link.removeprefix("https://")))
    if whatsapp_number:
        link = whatsapp_start_link(whatsapp_number, code)
        codes.append(Code("WhatsApp", link, f"wa.me/{whatsapp_number}"))
    if not codes:
        raise ValueError("a poster needs Telegram's username or WhatsApp's number")
    return Poster(
        locale=t.locale,
        title=title,
        subtitle=subtitle,
        headline=t("poster-headline"),
        offers=(
            t("poster-offer-proposals"),
            t("poster-offer-announcements"),
            t("poster-offer-payments"),
        ),
        scan=t("poster-scan"),
        codes=tuple(codes),
        footer=t("poster-stop"),
    )


# --- layout ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    x: float  # centre
    y: float  # baseline
    size: float
    bold: bool
    text: str


@dataclass(frozen=True)
class Box:
    x: float  # top left
    y: float
    w: float
    h: float
    colour: str


Shape = Text | Box


@functools.lru_cache(maxsize=64)
def _font(bold: bool, pixels: float) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    return ImageFont.truetype(str(font_path(bold)), pixels)


def text_width(text: str, size: float, bold: bool) -> float:
    """Points `text` takes at `size` points (measured at 100 px for precision)."""
    return float(_font(bold, 100).getlength(text)) * size / 100


def wrap(text: str, size: float, bold: bool, width: float) -> list[str]:
    """Words into lines no wider than `width` points (a longer word gets a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size, bold) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def qr_boxes(link: str, x: float, y: float, side: float) -> list[Box]:
    """A QR code of `link` in a `side`-point square at (x, y), quiet zone included: one box per
    run of dark modules in a row."""
    matrix = segno.make(link, error="m", micro=False).matrix
    module = side / (len(matrix) + 2 * QUIET_ZONE)
    boxes = []
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            boxes.append(
                Box(
                    x + (QUIET_ZONE + start) * module,
                    y + (QUIET_ZONE + r) * module,
                    (c - start) * module,
                    module,
                    INK,
                )
            )
    return boxes


def layout(poster: Poster) -> list[Shape]:
    """Where everything goes on the page, top to bottom."""
    shapes: list[Shape] = [Box(0, 0, PAGE_W, 14, ACCENT), Box(0, PAGE_H - 14, PAGE_W, 14, ACCENT)]
    width, centre = PAGE_W - 2 * MARGIN, PAGE_W / 2
    y = MARGIN + 10

    def lines(text: str, size: float, bold: bool, limit: float = width) -> None:
        nonlocal y
        for line in wrap(text, size, bold, limit):
            y += size
            shapes.append(Text(centre, y, size, bold, line))
            y += size * 0.25

    lines(poster.title, 40, True)
    if poster.subtitle:
        lines(poster.subtitle, 20, False)
    y += 26
    lines(poster.headline, 24, True)
    y += 12
    for offer in poster.offers:
        lines(f"• {offer}", 20, False)
    y += 24
    lines(poster.scan, 14, False)
    y += 12
    count = len(poster.codes)
    side = 230.0 if count > 1 else 300.0
    gap = 30.0
    left = centre - (count * side + (count - 1) * gap) / 2
    for i, code in enumerate(poster.codes):
        x = left + i * (side + gap)
        shapes.extend(qr_boxes(code.link, x, y, side))
        below = y + side + 4
        shapes.append(Text(x + side / 2, below + 18, 18, True, code.channel))
        for n, line in enumerate(wrap_link(code.shown, 10, side)):
            shapes.append(Text(x + side / 2, below + 36 + n * 13, 10, False, line))
    shapes.append(Text(centre, PAGE_H - MARGIN, 12, False, poster.footer))
    return shapes


def wrap_link(link: str, size: float, width: float) -> list[str]:
    """A link printed in lines that fit, broken before "?" when it must be."""
    if text_width(link, size, False) <= width or "?" not in link:
        return [link]
    head, _, tail = link.partition("?")
    return [head, "?" + tail]


# --- formats ----------------------------------------------------------------------------------


def render(poster: Poster, kind: str) -> bytes:
    """The poster as `kind` ("pdf", "png" or "svg"); raises KeyError for another kind. CPU-bound
    (about a tenth of a second for a PDF): call it off the event loop."""
    return {"pdf": to_pdf, "png": to_png, "svg": to_svg}[kind](poster)


def to_pdf(poster: Poster) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margin(0)
    pdf.set_title(poster.title)
    pdf.set_lang(poster.locale)
    pdf.set_creator("community-bot")
    pdf.add_font("DejaVu", "", font_path(False))
    pdf.add_font("DejaVu", "B", font_path(True))
    pdf.add_page()
    for shape in layout(poster):
        if isinstance(shape, Box):
            pdf.set_fill_color(shape.colour)
            pdf.rect(shape.x, shape.y, shape.w, shape.h, style="F")
        else:
            pdf.set_font("DejaVu", "B" if shape.bold else "", shape.size)
            pdf.text(shape.x - pdf.get_string_width(shape.text) / 2, shape.y, shape.text)
    return bytes(pdf.output())


def to_png(poster: Poster) -> bytes:
    from PIL import Image, ImageDraw

    s = PNG_SCALE
    image = Image.new("RGB", (round(PAGE_W * s), round(PAGE_H * s)), PAPER)
    draw = ImageDraw.Draw(image)
    for shape in layout(poster):
        if isinstance(shape, Box):
            # Edges rounded to whole pixels the same way for neighbours: no seams between runs.
            x0, y0 = round(shape.x * s), round(shape.y * s)
            x1, y1 = round((shape.x + shape.w) * s), round((shape.y + shape.h) * s)
            draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=shape.colour)
        else:
            font = _font(shape.bold, shape.size * s)
            draw.text((shape.x * s, shape.y * s), shape.text, font=font, fill=INK, anchor="ms")
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(72 * s, 72 * s), optimize=True)
    return out.getvalue()


def to_svg(poster: Poster) -> bytes:
    """Every text escaped for XML (place names come from content files)."""
    paths: dict[str, list[str]] = {}
    texts = []
    for shape in layout(poster):
        if isinstance(shape, Box):
            paths.setdefault(shape.colour, []).append(
                f"M{shape.x:.2f} {shape.y:.2f}h{shape.w:.2f}v{shape.h:.2f}h{-shape.w:.2f}z"
            )
        else:
            weight = ' font-weight="bold"' if shape.bold else ""
            texts.append(
                f'<text x="{shape.x:.2f}" y="{shape.y:.2f}" font-size="{shape.size:g}"{weight}>'
                f"{escape(shape.text)}</text>"
            )
    body = "\n".join(
        [f'<path fill="{colour}" d="{"".join(d)}"/>' for colour, d in paths.items()] + texts
    )
    svg = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" '
        f'viewBox="0 0 {PAGE_W} {PAGE_H}" xml:lang="{escape(poster.locale)}">\n'
        f"<title>{escape(poster.title)}</title>\n"
        f'<rect width="{PAGE_W}" height="{PAGE_H}" fill="{PAPER}"/>\n'
        f'<g font-family="{SVG_FONTS}" text-anchor="middle" fill="{INK}">\n{body}\n</g>\n</svg>\n'
    )
    return svg.encode()
