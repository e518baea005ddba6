#!/usr/bin/env python3
"""Draws the two Teams app icons: color.png (192x192) and outline.png (32x32).

Teams wants a full-colour 192x192 icon and a 32x32 outline icon that is white on a
transparent background. The motif is a pressure point: a ring around a dot. Only the
standard library is used (zlib + struct write the PNGs), so any machine with Python 3 can
regenerate the committed files:

    python3 deploy/teams/make_icons.py [output-folder]

The output folder defaults to this script's folder (where the committed icons live).
"""

import os
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

# The coach's accent colour (also manifest.json accentColor).
TEAL = (0x1F, 0x7A, 0x8C)
WHITE = (0xFF, 0xFF, 0xFF)

# Samples per pixel along each axis, for smooth (antialiased) edges.
SUPERSAMPLE = 4


def coverage(size, inside):
    """Fraction of each pixel covered by the shape, as a size x size list of rows."""
    rows = []
    step = 1.0 / SUPERSAMPLE
    for y in range(size):
        row = []
        for x in range(size):
            hits = 0
            for sy in range(SUPERSAMPLE):
                for sx in range(SUPERSAMPLE):
                    # Coordinates normalised to [0, 1], centre of the sub-sample.
                    u = (x + (sx + 0.5) * step) / size
                    v = (y + (sy + 0.5) * step) / size
                    hits += inside(u, v)
            row.append(hits / (SUPERSAMPLE * SUPERSAMPLE))
        rows.append(row)
    return rows


def pressure_point(ring_outer, ring_inner, dot):
    """A ring and a centre dot, radii as fractions of the icon's width."""

    def inside(u, v):
        d2 = (u - 0.5) ** 2 + (v - 0.5) ** 2
        return (ring_inner ** 2 <= d2 <= ring_outer ** 2) or d2 <= dot ** 2

    return inside


def write_png(path, size, pixels):
    """Writes 8-bit RGBA pixels (rows of (r, g, b, a) tuples) as a PNG."""
    raw = bytearray()
    for row in pixels:
        raw.append(0)  # filter type: none
        for r, g, b, a in row:
            raw += bytes((r, g, b, a))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def blend(background, foreground, alpha):
    return tuple(round(b + (f - b) * alpha) for b, f in zip(background, foreground))


def color_icon(size=192):
    # A full-bleed opaque background (Teams rounds the corners itself); the mark stays inside
    # the central 120x120 safe area Teams recommends.
    mark = coverage(size, pressure_point(0.30, 0.21, 0.09))
    pixels = []
    for y in range(size):
        row = []
        for x in range(size):
            r, g, b = blend(TEAL, WHITE, mark[y][x])
            row.append((r, g, b, 255))
        pixels.append(row)
    return pixels


def outline_icon(size=32):
    # Thicker strokes than the colour icon so the ring stays legible at 32 pixels.
    mark = coverage(size, pressure_point(0.44, 0.30, 0.14))
    return [[(255, 255, 255, round(255 * c)) for c in row] for row in mark]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(out, exist_ok=True)
    write_png(os.path.join(out, "color.png"), 192, color_icon())
    write_png(os.path.join(out, "outline.png"), 32, outline_icon())
    print("wrote color.png (192x192) and outline.png (32x32) in " + out)


if __name__ == "__main__":
    main()
