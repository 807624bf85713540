#!/usr/bin/env python3
"""How often the lexicons fire on health talk: the other half of ../shared/realtext/quiet.py.

Reads short health contributions (one a line, `#` lines are comments; by default the test fixture
Tests/ClassifyTests/Fixtures/health-talk.txt), writes one .txt file each, runs `BIN run` on them
and reads classified.jsonl. Prints the contributions that fired nothing, then one summary line:
  recall: pillars fired on P of N (p %), themes on T (t %), either on E (e %); theme without its pillar on A
usage: health-recall.py BIN [--lexicons DIR] [--texts FILE] [--work DIR]
"""
import argparse, json, os, shutil, subprocess, sys

def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument('bin')
    ap.add_argument('--lexicons', default=os.path.join(root, 'lexicons'))
    ap.add_argument('--texts', default=os.path.join(root, 'Tests/ClassifyTests/Fixtures/health-talk.txt'))
    ap.add_argument('--work', default='/tmp/health-recall')
    a = ap.parse_args()
    texts = [l.rstrip('\n') for l in open(a.texts, encoding='utf-8') if l.strip() and not l.startswith('#')]
    shutil.rmtree(a.work, ignore_errors=True)
    inp = os.path.join(a.work, 'in'); os.makedirs(inp)
    for i, t in enumerate(texts):
        open(os.path.join(inp, f'{i:04d}.txt'), 'w', encoding='utf-8').write(t + '\n')
    out = os.path.join(a.work, 'out')
    p = subprocess.run([a.bin, 'run', '--input', inp, '--lexicons', a.lexicons, '--out', out, '--quiet'])
    if p.returncode not in (0, 2):
        sys.exit(f'health-recall: the run failed with exit code {p.returncode}')
    doc_of = {}
    for l in open(os.path.join(out, 'documents.jsonl'), encoding='utf-8'):
        d = json.loads(l); doc_of[d['id']] = int(os.path.basename(d['path'])[:-4])
    pillars, themes = {}, {}
    for l in open(os.path.join(out, 'classified.jsonl'), encoding='utf-8'):
        c = json.loads(l); i = doc_of.get(c.get('document'))
        if i is None:
            continue
        pillars.setdefault(i, set()).update(c.get('pillars', {}))
        themes.setdefault(i, set()).update(c.get('themes', {}))
    pillar_of = {}
    for name in os.listdir(os.path.join(a.lexicons, 'themes')):
        for line in open(os.path.join(a.lexicons, 'themes', name), encoding='utf-8'):
            if line.startswith('# pillar:'):
                pillar_of[name[:-4]] = line.split(':', 1)[1].strip()
    n = len(texts)
    fired_p = {i for i in range(n) if pillars.get(i)}
    fired_t = {i for i in range(n) if themes.get(i)}
    either = fired_p | fired_t
    orphan = sum(1 for i in range(n) for t in themes.get(i, ()) if pillar_of.get(t) not in pillars.get(i, set()))
    for i in range(n):
        if i not in either:
            print(f'  silent: {texts[i][:120]!r}')
    print(f'recall: pillars fired on {len(fired_p)} of {n} ({100 * len(fired_p) / n:.1f} %), themes on {len(fired_t)} '
          f'({100 * len(fired_t) / n:.1f} %), either on {len(either)} ({100 * len(either) / n:.1f} %); '
          f'theme without its pillar on {orphan}')

if __name__ == '__main__':
    main()
