print(1, -2, 0, 1_000_000, 0x1f, 0o17, 0b101)
print(1.5, -0.0, 2.0, 1e3, 1E-3, .5, 5., 1_0.2_5)
print('single', "double", '''triple''', """tri
ple""")
print(True, False, None)
print([1, 2, 3], (1, 2), (1,), (), [], {}, {1, 2}, {'a': 1})
print(type(1), type(1.0), type('s'), type(True), type(None))
print(type([]), type(()), type({}), type(set()))
print(r'raw\n', 'tab\tend', 'nl\\n')
print('a' 'b' "c")
print(..., Ellipsis)
# expect: 1 -2 0 1000000 31 15 5
# expect: 1.5 -0.0 2.0 1000.0 0.001 0.5 5.0 10.25
# expect: single double triple tri
# expect: ple
# expect: True False None
# expect: [1, 2, 3] (1, 2) (1,) () [] {} {1, 2} {'a': 1}
# expect: <class 'int'> <class 'float'> <class 'str'> <class 'bool'> <class 'NoneType'>
# expect: <class 'list'> <class 'tuple'> <class 'dict'> <class 'set'>
# expect: raw\n tab	end nl\n
# expect: abc
# expect: Ellipsis Ellipsis
