#!/usr/bin/env python3
"""Draws the page's app icons (assets/icons/icon-192.png, icon-512.png): a work
plan's week grid in white on the page's blue, with one filled shift per row.
Plain Python (zlib), no image library; run again after changing the drawing."""
import os
import struct
import zlib

BLUE = (31, 78, 121)
WHITE = (255, 255, 255)
LIGHT = (196, 216, 235)
AMBER = (240, 176, 48)


def draw(size):
    px = [[BLUE for _ in range(size)] for _ in range(size)]

    def rect(x0, y0, x1, y1, colour):
        for y in range(max(0, int(y0)), min(size, int(y1))):
            row = px[y]
            for x in range(max(0, int(x0)), min(size, int(x1))):
                row[x] = colour

    u = size / 16.0
    # The sheet, its heading bar and a grid of 7 days by 4 rows.
    rect(2.5 * u, 3 * u, 13.5 * u, 13.5 * u, WHITE)
    rect(2.5 * u, 3 * u, 13.5 * u, 5 * u, LIGHT)
    cell_w, cell_h = 11 * u / 7, 8.5 * u / 4
    for r in range(4):
        y = 5 * u + r * cell_h
        rect(2.5 * u, y, 13.5 * u, y + max(1, u * 0.12), LIGHT)
    for c in range(8):
        x = 2.5 * u + c * cell_w
        rect(x, 5 * u, x + max(1, u * 0.12), 13.5 * u, LIGHT)
    shifts = [(0, 1, 3), (1, 2, 5), (2, 0, 2), (3, 4, 7)]
    for row, c0, c1 in shifts:
        y = 5 * u + row * cell_h
        rect(2.5 * u + c0 * cell_w + u * 0.3, y + u * 0.45, 2.5 * u + c1 * cell_w - u * 0.3, y + cell_h - u * 0.35,
             AMBER if row == 3 else BLUE)
    return px


def png(px):
    h, w = len(px), len(px[0])
    raw = b''.join(b'\x00' + bytes(v for p in row for v in p) for row in px)
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


if __name__ == '__main__':
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'assets', 'icons')
    os.makedirs(out, exist_ok=True)
    for size in (192, 512):
        with open(os.path.join(out, f'icon-{size}.png'), 'wb') as f:
            f.write(png(draw(size)))
