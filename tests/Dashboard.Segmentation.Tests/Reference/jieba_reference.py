# Reference output from Python jieba 0.42 (Debian's python3-jieba), for the agreement tests.
# Options set up the default tokenizer: --dict PATH, --user-dict PATH, --add-word WORD[:FREQ], --del-word WORD.
# stdin: a JSON list of requests; stdout: a JSON list of answers, one per request, in order.
#   {"op": "cut", "mode": "precise|all|search|posseg|tokenize|tokenize-search", "hmm": true, "text": "..."}
#       -> one list of tokens per line of text ("word/flag" for posseg, "word@start-end" for tokenize)
#   {"op": "tfidf" | "textrank", "k": 20, "text": "...", "idf": PATH, "stop_words": PATH or null}
#       -> [[word, "weight with 6 decimals"], ...]
#   {"op": "suggest", "word": "..."} -> suggest_freq(word)
# Starting Python and loading the dictionary takes seconds; one process answers many requests.
import sys, json, argparse, logging
sys.path.insert(0, "/usr/lib/python3/dist-packages")
import jieba, jieba.analyse, jieba.posseg
jieba.setLogLevel(logging.WARNING)

p = argparse.ArgumentParser()
p.add_argument("--dict"); p.add_argument("--user-dict")
p.add_argument("--add-word", action="append", default=[]); p.add_argument("--del-word", action="append", default=[])
a = p.parse_args(sys.argv[1:])
if a.dict: jieba.set_dictionary(a.dict)
jieba.initialize()
if a.user_dict: jieba.load_userdict(a.user_dict)
for w in a.add_word:
    word, _, freq = w.partition(":")
    jieba.add_word(word, int(freq) if freq else None)
for w in a.del_word: jieba.del_word(w)

posseg_ready = False
def posseg():
    # posseg read its word tags from the default dictionary when it was imported; read them from ours.
    global posseg_ready
    if not posseg_ready and a.dict:
        jieba.posseg.dt.load_word_tag(open(a.dict, "rb"))
    posseg_ready = True
    return jieba.posseg.dt

def cut_line(mode, line, hmm):
    if mode == "all": return list(jieba.cut(line, cut_all=True, HMM=hmm))
    if mode == "search": return list(jieba.cut_for_search(line, HMM=hmm))
    if mode == "posseg": return [f"{w}/{f}" for w, f in posseg().cut(line, HMM=hmm)]
    if mode == "tokenize": return [f"{w}@{s}-{e}" for w, s, e in jieba.tokenize(line, HMM=hmm)]
    if mode == "tokenize-search": return [f"{w}@{s}-{e}" for w, s, e in jieba.tokenize(line, mode="search", HMM=hmm)]
    return list(jieba.cut(line, HMM=hmm))

def keywords(r):
    if r["op"] == "tfidf":
        extractor = jieba.analyse.TFIDF(r.get("idf"))
    else:
        extractor = jieba.analyse.TextRank()
        extractor.tokenizer = extractor.postokenizer = posseg()
    if r.get("stop_words"): extractor.set_stop_words(r["stop_words"])
    tags = extractor.extract_tags(r["text"], topK=r["k"], withWeight=True) if r["op"] == "tfidf" \
        else extractor.textrank(r["text"], topK=r["k"], withWeight=True)
    return [[w, f"{s:.6f}"] for w, s in tags]

answers = []
for r in json.loads(sys.stdin.buffer.read().decode("utf-8")):
    if r["op"] == "cut":
        answers.append([cut_line(r["mode"], line, r.get("hmm", True)) for line in r["text"].split("\n")])
    elif r["op"] in ("tfidf", "textrank"):
        answers.append(keywords(r))
    elif r["op"] == "suggest":
        answers.append(jieba.suggest_freq(r["word"], False))
    else:
        raise ValueError(r["op"])
sys.stdout.write(json.dumps(answers, ensure_ascii=False))
