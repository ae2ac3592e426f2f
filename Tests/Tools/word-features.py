# Writes Sources/TallyExtract/Scanner/WordFeature+Tables.swift and rewrites the call sites
# `Table.contains(t.lower(e))` -> `t.has(e, .feature)` (files listed on the command line, as
# absolute paths; none: only the table). Run from the repository root:
#   python3 Tests/Tools/word-features.py $PWD/Sources/TallyExtract/Context/ClaimFramer+Goods.swift ...
# A call site left as `Table.contains(t.lower(k))` still answers the same, only slower.
import re,os,sys,collections

root=os.path.join(os.getcwd(), 'Sources/TallyExtract')  # run from the repository root
SKIP=set()
pat=re.compile(r'(?<![\w.])((?:[A-Z]\w*\.)?[a-z]\w*)\.contains\((t|tokens)\.lower\(([^()]*)\)\)')
typ=re.compile(r'^(?:public |private |fileprivate )?(?:extension|struct|enum|final class|class) (\w+)')
decl=re.compile(r'^\s*(?:(private|fileprivate|public) )?static (?:let|var) (\w+)\s*(?::\s*([^=]+?))?\s*=')
decls={}
files={}
for dp,_,fs in os.walk(root):
  for f in sorted(fs):
    if not f.endswith('.swift'): continue
    p=os.path.join(dp,f); rel=p.replace(root+'/','')
    files[rel]=open(p).read()
def scan(rel):
  cur=None; out=[]
  for i,l in enumerate(files[rel].split('\n')):
    m=typ.match(l)
    if m: cur=m.group(1)
    m=decl.match(l)
    if m and cur: decls.setdefault((cur,m.group(2)),(rel,m.group(3) or ''))
    out.append(cur)
  return out
curs={rel:scan(rel) for rel in files}
def resolve(cur,name):
  if '.' in name:
    t,n=name.split('.',1)
    if t=='Self': t=cur
  else: t,n=cur,name
  return (t,n) if (t,n) in decls else None
used=collections.OrderedDict()
for rel in sorted(files):
  if rel in SKIP: continue
  for i,l in enumerate(files[rel].split('\n')):
    for m in pat.finditer(l):
      r=resolve(curs[rel][i],m.group(1))
      if r: used[r]=1
# Features already given keep their bits (read back from the file this script wrote); new
# ones follow in name order.
EXTRA={('ClaimWords','flowNouns'):'Array(ClaimWords.flowNouns.keys)',
       ('ClaimWords','flowVerbs'):'Array(ClaimWords.flowVerbs.keys)'}
old=[]
tp=root+'/Scanner/WordFeature+Tables.swift'
if os.path.exists(tp):
  for l in open(tp):
    m=re.match(r'\s*Array\((\w+)\.(\w+)(?:\.keys)?\),$',l)
    if m: old.append((m.group(1),m.group(2)))
for k in EXTRA: used[k]=1
keys=old+sorted((k for k in used if k not in old), key=lambda k:(k[1],k[0]))
names={}
cnt=collections.Counter(n for _,n in keys)
prefix={'Commodities':'commodity','Multiples':'multiples','CountryReferences':'country','ClaimWords':'claim','ForecastEvidence':'forecast'}
for t,n in keys:
  if (t,n) in EXTRA: names[(t,n)]=n[:-1]+'Words'
  elif cnt[n]>1 and t!='ClaimFramer':
    names[(t,n)]=prefix[t]+n[0].upper()+n[1:]
  else: names[(t,n)]=n
assert len(set(names.values()))==len(names)
assert len(keys)<=192, len(keys)  # WordFeatures.capacity
L=[]
L.append('// Written by Tests/Tools/word-features.py: the word tables the rules ask about a token')
L.append('// (`Table.contains(t.lower(k))`, now `t.has(k, .table)`). Run the script again instead of')
L.append('// editing by hand.')
L.append('')
L.append('extension WordFeature {')
L.append('  /// The words of every table with a feature, in bit order.')
L.append('  static let tables: [[String]] = [')
for t,n in keys:
  L.append('    ' + EXTRA.get((t,n), f'Array({t}.{n})') + ',')
L.append('  ]')
L.append('')
for i,(t,n) in enumerate(keys):
  L.append(f'  /// ``{t}/{n}``.')
  L.append(f'  static var {names[(t,n)]}: WordFeature {{ WordFeature({i}) }}')
L.append('}')
open(root+'/Scanner/WordFeature+Tables.swift','w').write('\n'.join(L)+'\n')
print(len(keys),'features')
n=0
for rel in sys.argv[1:]:
  rel=rel.replace(root+'/','')
  lines=files[rel].split('\n')
  for i,l in enumerate(lines):
    def sub(m):
      global n
      r=resolve(curs[rel][i],m.group(1))
      if not r: return m.group(0)
      n+=1
      return f'{m.group(2)}.has({m.group(3)}, .{names[r]})'
    lines[i]=pat.sub(sub,l)
  open(os.path.join(root,rel),'w').write('\n'.join(lines))
print(n,'call sites')
