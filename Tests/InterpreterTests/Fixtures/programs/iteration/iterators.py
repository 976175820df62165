it = iter([1, 2, 3])
print(next(it), list(it), next(it, 'end'))
d = {'a': 1, 'b': 2}
it = iter(d.items())
print(next(it), list(it))
r = iter(range(3))
print(type(r).__name__, list(r))
e = enumerate(['x', 'y'])
print(next(e), list(e))
z = zip('ab', [1, 2, 3])
print(list(z), list(z))
m = map(lambda v: v * 10, [1, 2])
print(list(m), list(m))
print(list(reversed({'k': 1, 'j': 2})), list(iter(lambda: 1, 1)))
seen = []
class Sentinel:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Sentinel(), 4)))
def gen_like(n):
    return (i * i for i in range(n))
g = gen_like(4)
for v in g:
    print('v', v)
print(sum(gen_like(5)), sorted(gen_like(3), reverse=True))
nums = [1, 2, 3]
for n in nums:
    if n == 1:
        nums.append(4)
print(nums)
# expect: 1 [2, 3] end
# expect: ('a', 1) [('b', 2)]
# expect: range_iterator [0, 1, 2]
# expect: (0, 'x') [(1, 'y')]
# expect: [('a', 1), ('b', 2)] []
# expect: [10, 20] []
# expect: ['j', 'k'] []
# expect: [1, 2, 3]
# expect: v 0
# expect: v 1
# expect: v 4
# expect: v 9
# expect: 30 [4, 1, 0]
# expect: [1, 2, 3, 4]
