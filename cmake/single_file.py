#!/usr/bin/env python3
"""Makes the saved page, one HTML file that works from file://, out of the
linked page: index.html with index.js written into it and index.wasm given to
the module as its bytes (Module.wasmBinary, base64 in the file).

The page is linked once; this step replaces a second link of the same code
with Emscripten's SINGLE_FILE, which ran the optimiser over the whole module
again (about 50 s on two cores).

    single_file.py <dist dir> <output file name>
"""
import base64
import pathlib
import sys


def main() -> int:
    dist = pathlib.Path(sys.argv[1])
    out = dist / sys.argv[2]
    html = (dist / "index.html").read_text(encoding="utf-8")
    script = (dist / "index.js").read_text(encoding="utf-8")
    wasm = (dist / "index.wasm").read_bytes()

    tag = '<script async type="text/javascript" src="index.js"></script>'
    if html.count(tag) != 1:
        print(f"single_file.py: {dist / 'index.html'} does not load index.js as expected", file=sys.stderr)
        return 1
    if "</script" in script.lower():
        print("single_file.py: index.js contains '</script' and cannot be written into the page", file=sys.stderr)
        return 1

    encoded = base64.b64encode(wasm).decode("ascii")
    inline = (
        "<script>\n"
        "Module.wasmBinary = (function (s) {\n"
        "  var b = atob(s), a = new Uint8Array(b.length);\n"
        "  for (var i = 0; i < b.length; ++i) a[i] = b.charCodeAt(i);\n"
        "  return a;\n"
        f"}})('{encoded}');\n"
        "</script>\n"
        f"<script>\n{script}\n</script>"
    )
    tmp = out.with_suffix(out.suffix + ".part")
    tmp.write_text(html.replace(tag, inline), encoding="utf-8")
    tmp.replace(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
