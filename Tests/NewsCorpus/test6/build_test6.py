#!/usr/bin/env python3
"""Build and check the sixth held-out general-news test set (test6, issue 12).

usage: build_test6.py [--check-only] [--uncovered]

The set is written in the inline mark-up of ../ann_set.py, which builds it and runs the checks
(the shared contract of ../gold_checks.py and the mark-up's own); see that file for the mark-up,
the flags and the checks.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import ann_set  # noqa: E402  (../ann_set.py)

if __name__ == "__main__":
    ann_set.main(sys.argv[1:], HERE, "test6")
