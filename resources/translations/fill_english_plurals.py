# Fills the English plural .ts: "(s)"/"(es)" give singular and plural; a source
# without them (already one form of a pair) is its own singular and plural.
import re, sys, html
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
def fill(m):
    src = m.group(1)
    one = src.replace('(es)', '').replace('(s)', '')
    many = src.replace('(es)', 'es').replace('(s)', 's')
    return ('<source>%s</source>\n        <translation>\n            <numerusform>%s</numerusform>\n'
            '            <numerusform>%s</numerusform>\n        </translation>') % (src, one, many)
s = re.sub(r'<source>(.*?)</source>\s*<translation type="unfinished">\s*<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>', fill, s, flags=re.S)
open(p, 'w', encoding='utf-8').write(s)
