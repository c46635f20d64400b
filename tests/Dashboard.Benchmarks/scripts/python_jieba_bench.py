"""Python jieba side of the segmenter comparison (run by `Dashboard.Benchmarks compare`).

Loads the given dictionary into jieba, times the load cold (no jieba cache: a fresh cache file path) and warm
(a second Tokenizer reading the cache the cold load wrote), then times precise mode with the HMM over the input
line by line, `list(jieba.cut(line))`. Prints one JSON object on stdout.
"""
import argparse
import gc
import json
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time

sys.path.insert(0, "/usr/lib/python3/dist-packages")
import jieba  # noqa: E402


def rss_bytes():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dict", required=True)
    parser.add_argument("--input", required=True)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--first-lines", type=int, default=0)
    parser.add_argument("--tokens-out")
    args = parser.parse_args()

    jieba.setLogLevel(logging.WARNING)
    cache_dir = tempfile.mkdtemp(prefix="jieba-bench-")
    try:
        cache_file = os.path.join(cache_dir, "jieba.cache")
        jieba.set_dictionary(args.dict)
        jieba.dt.cache_file = cache_file
        gc.collect()
        rss_before = rss_bytes()
        start = time.perf_counter()
        jieba.initialize()
        load_cold = time.perf_counter() - start
        rss_delta = rss_bytes() - rss_before

        warm = jieba.Tokenizer(args.dict)
        warm.cache_file = cache_file
        start = time.perf_counter()
        warm.initialize()
        load_warm = time.perf_counter() - start
        del warm
        gc.collect()
    finally:
        shutil.rmtree(cache_dir, ignore_errors=True)

    # newline="" keeps "\r\n" as it is, as .NET and Node read it.
    with open(args.input, encoding="utf-8", newline="") as source:
        text = source.read()
    lines = text.split("\n")
    size = len(text.encode("utf-8"))

    seconds = []
    tokens = 0
    kept = []
    for run in range(max(1, args.runs)):
        keep = run == 0 and args.tokens_out
        count = 0
        start = time.perf_counter()
        for index, line in enumerate(lines):
            words = list(jieba.cut(line))
            count += len(words)
            if keep and index < args.first_lines:
                kept.append(words)
        seconds.append(time.perf_counter() - start)
        tokens = count

    if args.tokens_out:
        with open(args.tokens_out, "w", encoding="utf-8") as out:
            json.dump(kept, out, ensure_ascii=False)

    median = statistics.median(seconds)
    print(json.dumps({
        "version": jieba.__version__,
        "loadColdMs": load_cold * 1000,
        "loadWarmMs": load_warm * 1000,
        "rssDeltaBytes": rss_delta,
        "seconds": seconds,
        "bytes": size,
        "mbPerSecond": size / 1e6 / median,
        "tokens": tokens,
    }))


if __name__ == "__main__":
    main()
