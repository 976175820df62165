s = "  Hello World  "
print(s.strip(), s.lstrip(), s.rstrip(), s.strip(' dH'), "a,b,,c".split(','), "a b".split(None, 1), "a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True))
print("abc".startswith(('x', 'a')), "abc".endswith('bc', 1), "ab".isalpha(), "12".isdigit(), " ".isspace(), "Ab".istitle(), "hello world".title(), "hello".capitalize(), "HeLLo".swapcase(), "ABC".isupper())
print("a-b-c".rsplit('-', 1), "abcabc".rfind('b'), "abcabc".rindex('c'), "x".ljust(3, '.') + "|", "x".rjust(3) + "|", "tab\there".expandtabs(4), "%".join("ab"))
print("abc".partition('b'), "abc".rpartition('x'), "aaa".count('a', 1), "hello"[1:4:2], "abc" * 0, "é".upper(), "ß".upper(), "İ".lower() == 'i̇')
print("{0}{1}{0}".format('a', 'b'), "{a[0]}{b.real}".format(a=[5], b=3), "{:*^10}".format('hi'), "{:+.2e}".format(12345.6789), "{:.3}".format('abcdef'), "{:.0%}".format(0.256))
print("a1b2".translate({ord("1"): None}))
print("Straße".casefold(), "abc".removeprefix("a"), "abc".removesuffix("c"), "x".isidentifier(), "12a".isalnum(), "½".isnumeric(), "3".isdecimal())
print(repr("\x00\t\n\\'\""), repr('\u200b'), repr('日本'), str(['a\nb']), len("日本"), "日本"[1], list("ab"), ord('€'))
print(f"{'x':>{3}}|{3.14159:.{2}f}|{10:#b}|{255:_x}|{1e6:,.1f}|{-0.0}|{float('inf')}|{123:05d}|{-5:05d}|{1234.5:10.1e}|")
print(f"{'{'}{{}}{1+1=}{ 'a' if 1 else 'b' }", f"{[1,2][0]!s:3}|", f"{3!r:>4}", f"{None}", f"{True:d}" if False else "")
l = [3, 1, 2]; l.sort(); l.reverse(); l.insert(1, 7); l.extend((8, 9)); l.remove(8); print(l, l.pop(0), l.index(7), l.count(1), l.copy(), l[::-2])
l.clear(); print(l, [1, 2] + [3], [0] * 3, [[0] * 2] * 2, list(range(3))[::-1], [1, 2, 3][-2:], sorted("bca"), sorted([(1, 'b'), (1, 'a')]))
d = {'b': 2, 'a': 1}; print(list(d), d.keys(), d.values(), d.items(), d.get('z'), d.pop('b'), d.popitem(), d, dict.fromkeys('ab', 0), dict(a=1, **{'b': 2}), dict([(1, 2)]))
d2 = {'x': 1}; d2.update(y=2); d2.update([('z', 3)]); print(d2, 'x' in d2, len(d2), {**d2} == d2, d2 | {'w': 0}, sorted(d2.items(), key=lambda kv: -kv[1]))
st = {3, 1, 2}; st.add(4); st.discard(9); st.remove(1); print(st, st | {5}, st & {2, 3}, st - {2}, st ^ {2, 7}, st.issubset({2, 3, 4, 5}), st.isdisjoint({9}), frozenset([1, 2]), set(), {1, 2} < {1, 2, 3}, st.union([9], (8,)), st.intersection({3}), st.difference({4}), st.symmetric_difference({3}), st.copy(), len(st))
print({-1, -2, 5, 100, 3}, {1.5, 2.5}, {(1, 2), (0, 1)}, {True, 0, None})
# expect: Hello World Hello World     Hello World ello Worl ['a', 'b', '', 'c'] ['a', 'b'] ['a', 'b', 'c'] ['a\n', 'b\n']
# expect: True True True True True True Hello World Hello hEllO True
# expect: ['a-b', 'c'] 4 5 x..|   x| tab here a%b
# expect: ('a', 'b', 'c') ('', '', 'abc') 2 el  É SS True
# expect: aba 53 ****hi**** +1.23e+04 abc 26%
# expect: ab2
# expect: strasse bc ab True True True True
# expect: '\x00\t\n\\\'"' '\u200b' '日本' ['a\nb'] 2 本 ['a', 'b'] 8364
# expect:   x|3.14|0b1010|ff|1,000,000.0|-0.0|inf|00123|-0005|   1.2e+03|
# expect: {{}1+1=2a 1  |    3 None 
# expect: [7, 2, 1, 9] 3 0 1 [7, 2, 1, 9] [9, 2]
# expect: [] [1, 2, 3] [0, 0, 0] [[0, 0], [0, 0]] [2, 1, 0] [2, 3] ['a', 'b', 'c'] [(1, 'a'), (1, 'b')]
# expect: ['b', 'a'] dict_keys([]) dict_values([]) dict_items([]) None 2 ('a', 1) {} {'a': 0, 'b': 0} {'a': 1, 'b': 2} {1: 2}
# expect: {'x': 1, 'y': 2, 'z': 3} True 3 True {'x': 1, 'y': 2, 'z': 3, 'w': 0} [('z', 3), ('y', 2), ('x', 1)]
# expect: {2, 3, 4} {2, 3, 4, 5} {2, 3} {3, 4} {3, 4, 7} True True frozenset({1, 2}) set() True {2, 3, 4, 8, 9} {3} {2, 3} {2, 4} {2, 3, 4} 3
# expect: {3, 100, 5, -2, -1} {1.5, 2.5} {(0, 1), (1, 2)} {0, True, None}
