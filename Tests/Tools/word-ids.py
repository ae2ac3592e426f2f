# Rewrites Sources/TallyExtract/Scanner/WordID+Words.swift: the words with an id (`W.words`,
# kept sorted by code point, the first with id 1) and one `W.name` per word, so that a rule
# compares `tokens.id(k) == W.name` instead of a string. Run from the repository root:
#   python3 Tests/Tools/word-ids.py                 # rewrite from the file's own word list
#   python3 Tests/Tools/word-ids.py besides onto    # add words, then rewrite
# Ids follow the sorted order, so adding a word renumbers the ones after it: nothing may store
# an id outside this file (the rules read the names; TokenWordTable is built from `W.words`).
import json, keyword, os, re, sys

path = os.path.join(os.getcwd(), 'Sources/TallyExtract/Scanner/WordID+Words.swift')
text = open(path).read()
block = re.search(r'static let words: \[String\] = \[\n(.*?)\n  \]', text, re.S)
words = set(json.loads('[' + block.group(1).rstrip().rstrip(',') + ']'))
words.update(sys.argv[1:])
words = sorted(words)

# Names of the words that are not identifiers.
PUNCTUATION = {
  '!': 'exclamationMark', '$': 'dollarSign', '%': 'percentSign', "'": 'apostrophe',
  "'s": 'possessive', ',': 'comma', '-': 'hyphen', '.': 'fullStop', ':': 'colon',
  ';': 'semicolon', '?': 'questionMark', '–': 'enDash', '—': 'emDash', '’s': 'curlyPossessive',
}
SWIFT_KEYWORDS = {'while', 'for', 'in', 'as', 'is', 'if', 'else', 'do', 'case', 'default',
                  'return', 'repeat', 'where', 'switch', 'break', 'continue', 'let', 'var',
                  'func', 'import', 'true', 'false', 'nil', 'self', 'super', 'throw', 'try'}

def name(word):
  if word in PUNCTUATION:
    return PUNCTUATION[word], True
  if word.isdigit():
    return 'n' + word, True
  if not re.fullmatch(r'[a-z][a-z0-9]*', word):
    sys.exit(f'word-ids.py: no name for {word!r}: add it to PUNCTUATION')
  return (f'`{word}`' if word in SWIFT_KEYWORDS else word), False

lines = ['    ' + json.dumps(w, ensure_ascii=False) + ',' for w in words]
names = []
for i, w in enumerate(words, 1):
  n, quoted = name(w)
  tail = '  // ' + json.dumps(w, ensure_ascii=False) if quoted else ''
  names.append(f'  static var {n}: WordID {{ WordID({i}) }}{tail}')

head = text[:block.start(1)]
out = head + '\n'.join(lines) + '\n  ]\n\n' + '\n'.join(names) + '\n}\n'
open(path, 'w').write(out)
