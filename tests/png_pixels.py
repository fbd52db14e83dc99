"""The pixels of a PNG as a numpy array, read with zlib alone: enough for the 8-bit RGB and RGBA images
Chromium's screenshots are, so a test can look at what the browser drew without an imaging library."""

from __future__ import annotations

import struct
import zlib

import numpy

CHANNELS = {2: 3, 6: 4}  # PNG colour types: truecolour, truecolour with alpha


def read_png(data: bytes):
    """(height, width, channels) uint8 pixels of an 8-bit, non-interlaced RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, compressed = 8, []
    width = height = channels = 0
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in CHANNELS and interlace == 0, (depth, colour, interlace)
            channels = CHANNELS[colour]
        elif kind == b"IDAT":
            compressed.append(body)
        position += 12 + length
    raw = numpy.frombuffer(zlib.decompress(b"".join(compressed)), dtype=numpy.uint8)
    rows = raw.reshape(height, width * channels + 1)
    pixels = numpy.zeros((height, width * channels), dtype=numpy.uint8)
    above = numpy.zeros(width * channels, dtype=numpy.uint8)
    for y in range(height):
        kind, line = rows[y, 0], rows[y, 1:]
        if kind == 0:
            row = line.copy()
        elif kind == 1:  # Sub: each byte adds the byte one pixel to its left, a running sum per channel
            row = numpy.cumsum(line.reshape(width, channels), axis=0, dtype=numpy.uint64).astype(numpy.uint8)
            row = row.reshape(-1)
        elif kind == 2:  # Up
            row = line + above
        else:  # Average (3) and Paeth (4) depend on the byte just decoded to their left: one at a time
            row = _sequential(kind, bytes(line), bytes(above), channels)
        pixels[y] = row
        above = row
    return pixels.reshape(height, width, channels)


def _sequential(kind: int, line: bytes, above: bytes, channels: int):
    out = bytearray(len(line))
    for i, value in enumerate(line):
        left = out[i - channels] if i >= channels else 0
        up = above[i]
        if kind == 3:
            out[i] = (value + ((left + up) >> 1)) & 0xFF
            continue
        corner = above[i - channels] if i >= channels else 0
        estimate = left + up - corner
        pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
        predicted = left if pa <= pb and pa <= pc else up if pb <= pc else corner
        out[i] = (value + predicted) & 0xFF
    return numpy.frombuffer(bytes(out), dtype=numpy.uint8)
