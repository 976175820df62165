'single'
"double"
'''triple
line'''
"""doc"""
'esc\n\t\\\'\"'
'\x41\u00e9\U0001F600\101\0'
r'raw\n'
R"raw\d"
u'unicode'
'a' 'b' "c"
'\q keeps backslash'
'\N{LATIN SMALL LETTER E WITH ACUTE}'
'line \
continued'
