"""Write generated pages to a directory: NNNNNN.txt (the dump) and NNNNNN.json (labels, kinds,
truth, layout), for inspection or for training outside Python.

    python bench/pagegen --write DIR --count 500 --seed 7
    python bench/pagegen --show 3 --seed 7        # print page 3 with its labels
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# Run as `python bench/pagegen`: the package's parent directory must be importable.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pagegen import generate_pages, make_page


def main(argv: list[str] | None = None) -> int:
    """Write or show generated pages."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", type=Path, metavar="DIR")
    parser.add_argument("--show", type=int, metavar="INDEX")
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.show is not None:
        page = make_page(args.show, seed=args.seed)
        print(f"# layout {page.layout}, {page.truth['language']}, {page.truth['genre']}")
        for line, label, kind in zip(page.lines, page.labels, page.kinds, strict=True):
            print(f"{label:10} {kind:14} {line}")
        print(json.dumps({k: v for k, v in page.truth.items() if k != "body"}, ensure_ascii=False))
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for page in generate_pages(args.count, seed=args.seed):
            stem = args.write / f"{page.index:06d}"
            stem.with_suffix(".txt").write_text(page.text, encoding="utf-8")
            record = {"layout": page.layout, "labels": page.labels, "kinds": page.kinds}
            record.update(lines=page.lines, truth=page.truth)
            stem.with_suffix(".json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
        print(f"wrote {args.count} pages (seed {args.seed}) to {args.write}")
    if args.write is None and args.show is None:
        parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
