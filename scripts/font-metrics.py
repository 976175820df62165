"""Writes the DejaVu Sans advance widths, glyph boxes and kerning the Plot library lays text out
with, into Sources/Plot/Text/DejaVuSansMetrics.swift (when they changed).

    python3 scripts/font-metrics.py [DejaVuSans.ttf]

The font is Debian's `fonts-dejavu-core` (default /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf),
the family matplotlib's default style uses. The script reads the TrueType tables itself (no
dependencies): `head` (units per em), `hhea`/`hmtx` (advance widths), `cmap` format 4 (which
glyph draws a character), `loca`/`glyf` (each glyph's control box, the box FreeType reports and
matplotlib measures text with) and the format 0 `kern` table (the pair kerning FreeType applies).
Only the characters of CHARACTER_RANGES are kept, and the kerning pairs between them.
"""

import io
import os
import struct
import sys

DEFAULT_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
OUTPUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                      "Sources", "Plot", "Text", "DejaVuSansMetrics.swift")

# Printable ASCII, Latin-1 and Latin Extended-A, Greek, general punctuation, super- and
# subscripts, the euro sign, arrows and mathematical operators.
CHARACTER_RANGES = [
    (0x20, 0x7E),
    (0xA0, 0x17F),
    (0x391, 0x3C9),
    (0x2010, 0x203A),
    (0x2070, 0x209C),
    (0x20AC, 0x20AC),
    (0x2190, 0x2199),
    (0x2200, 0x22FF),
]


def tables(data):
    count = struct.unpack(">H", data[4:6])[0]
    result = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
        result[tag.decode("latin-1")] = data[offset : offset + length]
    return result


def character_map(cmap):
    """Code point -> glyph index, from the Unicode BMP subtable (format 4)."""
    count = struct.unpack(">H", cmap[2:4])[0]
    for i in range(count):
        platform, encoding, offset = struct.unpack(">HHI", cmap[4 + 8 * i : 12 + 8 * i])
        if (platform, encoding) in ((3, 1), (0, 3)) and struct.unpack(">H", cmap[offset : offset + 2])[0] == 4:
            table = cmap[offset:]
            break
    else:
        raise SystemExit("no format 4 Unicode cmap subtable")
    segments = struct.unpack(">H", table[6:8])[0] // 2
    def array(start):
        return struct.unpack(f">{segments}H", table[start : start + 2 * segments])
    ends = array(14)
    starts = array(16 + 2 * segments)
    deltas = array(16 + 4 * segments)
    range_offsets_at = 16 + 6 * segments
    range_offsets = array(range_offsets_at)
    mapping = {}
    for s in range(segments):
        for code in range(starts[s], ends[s] + 1):
            if code == 0xFFFF:
                continue
            if range_offsets[s] == 0:
                glyph = (code + deltas[s]) & 0xFFFF
            else:
                at = range_offsets_at + 2 * s + range_offsets[s] + 2 * (code - starts[s])
                glyph = struct.unpack(">H", table[at : at + 2])[0]
                if glyph:
                    glyph = (glyph + deltas[s]) & 0xFFFF
            if glyph:
                mapping[code] = glyph
    return mapping


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_FONT
    with open(path, "rb") as f:
        data = f.read()
    t = tables(data)
    units_per_em = struct.unpack(">H", t["head"][18:20])[0]
    long_loca = struct.unpack(">h", t["head"][50:52])[0] == 1
    ascender, descender = struct.unpack(">hh", t["hhea"][4:8])
    metric_count = struct.unpack(">H", t["hhea"][34:36])[0]
    glyph_count = struct.unpack(">H", t["maxp"][4:6])[0]
    hmtx = t["hmtx"]

    def advance(glyph):
        index = min(glyph, metric_count - 1)
        return struct.unpack(">H", hmtx[4 * index : 4 * index + 2])[0]

    loca = t["loca"]
    def box(glyph):
        if long_loca:
            start, end = struct.unpack(">II", loca[4 * glyph : 4 * glyph + 8])
        else:
            start, end = (2 * v for v in struct.unpack(">HH", loca[2 * glyph : 2 * glyph + 4]))
        if start == end:
            return (0, 0, 0, 0)  # an empty glyph (a space)
        return struct.unpack(">hhhh", t["glyf"][start + 2 : start + 10])

    cmap = character_map(t["cmap"])
    codes = [c for low, high in CHARACTER_RANGES for c in range(low, high + 1) if c in cmap]
    glyph_codes = {}
    for code in codes:
        glyph_codes.setdefault(cmap[code], []).append(code)

    kerning = []
    kern = t.get("kern")
    if kern:
        tables_count = struct.unpack(">H", kern[2:4])[0]
        at = 4
        for _ in range(tables_count):
            _, length, coverage = struct.unpack(">HHH", kern[at : at + 6])
            if coverage >> 8 == 0 and coverage & 1:  # format 0, horizontal
                pairs = struct.unpack(">H", kern[at + 6 : at + 8])[0]
                for p in range(pairs):
                    left, right, value = struct.unpack(">HHh", kern[at + 14 + 6 * p : at + 20 + 6 * p])
                    for a in glyph_codes.get(left, []):
                        for b in glyph_codes.get(right, []):
                            kerning.append((a, b, value))
            at += length
    kerning.sort()

    notdef_advance = advance(0)
    notdef_box = box(0)
    out = io.StringIO()
    out.write("// Generated by scripts/font-metrics.py from DejaVu Sans; do not edit.\n")
    out.write("// Glyph lines: code point (hex), advance width, control box xMin yMin xMax yMax, in font\n")
    out.write("// units. Kerning lines: left and right code points (hex), adjustment in font units.\n\n")
    out.write("extension FontMetrics {\n")
    out.write("    /// DejaVu Sans, the face of matplotlib's default style.\n")
    out.write("    public static let dejaVuSans = FontMetrics(\n")
    out.write(f"        unitsPerEm: {units_per_em}, ascender: {ascender}, descender: {descender},\n")
    out.write(f"        missingGlyph: GlyphMetrics(advance: {notdef_advance}, xMin: {notdef_box[0]}, yMin: {notdef_box[1]}, xMax: {notdef_box[2]}, yMax: {notdef_box[3]}),\n")
    out.write('        glyphs: """\n')
    for code in codes:
        glyph = cmap[code]
        x_min, y_min, x_max, y_max = box(glyph)
        out.write(f"            {code:04X} {advance(glyph)} {x_min} {y_min} {x_max} {y_max}\n")
    out.write('            """,\n')
    out.write('        kerning: """\n')
    for a, b, value in kerning:
        out.write(f"            {a:04X} {b:04X} {value}\n")
    out.write('            """)\n')
    out.write("}\n")
    text = out.getvalue()
    if not os.path.exists(OUTPUT) or open(OUTPUT, encoding="utf-8").read() != text:
        with open(OUTPUT, "w", encoding="utf-8") as file:
            file.write(text)
        print(f"wrote {OUTPUT}")
    print(f"{len(codes)} characters, {len(kerning)} kerning pairs, {glyph_count} glyphs in the font")


if __name__ == "__main__":
    main()
