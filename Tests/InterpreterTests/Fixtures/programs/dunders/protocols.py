class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, v):
        return v in self.items
    def __iter__(self):
        return iter(self.items)
    def __call__(self, extra):
        return len(self) + extra
    def __str__(self):
        return 'Bag of ' + str(len(self))
    def __hash__(self):
        return 7
b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], b[1:], 2 in b, 5 in b, list(b), b(10), str(b), hash(b))
b[0] = 9
del b[1]
print(b.items, [x * 2 for x in b], sum(b), callable(b), bool(Bag()))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [i for i in Countdown(2)])
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return f'${self.v:{spec}}'
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
m = Money(12.5)
print(f'{m:.1f}', int(m), float(m), [10, 20, 30, 40][Money(2)], hex(Money(255)))
class Eq:
    def __eq__(self, other):
        return True
try:
    hash(Eq())
except TypeError as e:
    print(e)
class Ctx:
    def __getattr__(self, name):
        return name.upper()
print(Ctx().hello, getattr(Ctx(), 'x'))
class Guard:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
g = Guard()
g.v = 21
print(g.v)
# expect: 3 1 3 [2, 3] True False [1, 2, 3] 13 Bag of 3 7
# expect: [9, 3] [18, 6] 12 True False
# expect: [3, 2, 1] [2, 1]
# expect: [0, 10, 20] True
# expect: $12.5 12 12.5 30 0xff
# expect: unhashable type: 'Eq'
# expect: HELLO X
# expect: 42
