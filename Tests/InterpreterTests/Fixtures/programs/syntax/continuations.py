total = 1 + \
    2 + \
    3
print(total)
values = [
    10,  # a comment inside brackets
    20,
]
print(sum(values), len(values))
text = 'abc' \
    'def'
print(text)
# %%
if total > 5 and \
        len(text) == 6:
    print('both')
width = 8
print(f"{total:>{width}}|{'x' * 2!r}|{[v // 10 for v in values]}")
print(r'raw\n', 'tab\tend', """multi
line""")
# %%
def f(a,
      b=2,
      *rest,
      key=None):
    return (a
            + b
            + len(rest))
f(1,
  5,
  7)
# expect: 6
# expect: 30 2
# expect: abcdef
# expect: both
# expect:        6|'xx'|[1, 2]
# expect: raw\n tab	end multi
# expect: line
# expect: 7
