class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"<Var 'v{self.n}' numpy=\narray([[1.],\n       [{self.n}.]], dtype=float32)>"
[V(1), V(2)]
# %%
{'k': V(3), 'j': (V(4),)}
# %%
V(5)
# %%
(V(6), 'short')
# %%
print([V(7)])
# expect: [<Var 'v1' numpy=
# expect:  array([[1.],
# expect:         [1.]], dtype=float32)>,
# expect:  <Var 'v2' numpy=
# expect:  array([[1.],
# expect:         [2.]], dtype=float32)>]
# expect: {'k': <Var 'v3' numpy=
# expect:  array([[1.],
# expect:         [3.]], dtype=float32)>,
# expect:  'j': (<Var 'v4' numpy=
# expect:   array([[1.],
# expect:          [4.]], dtype=float32)>,)}
# expect: <Var 'v5' numpy=
# expect: array([[1.],
# expect:        [5.]], dtype=float32)>
# expect: (<Var 'v6' numpy=
# expect:  array([[1.],
# expect:         [6.]], dtype=float32)>,
# expect:  'short')
# expect: [<Var 'v7' numpy=
# expect: array([[1.],
# expect:        [7.]], dtype=float32)>]
