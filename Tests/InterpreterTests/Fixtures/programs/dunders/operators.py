class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, a @ b, -a, abs(b))
print(a == Vec(1, 2), a != b, a < b, b > a, sorted([b, a]), bool(Vec(0, 0)))
c = a
c += b
print(c, a, c is a)
try:
    a + 1
except AttributeError as e:
    print('AttributeError', e)
try:
    a / 2
except TypeError as e:
    print(e)
print(Vec(1, 1) in [Vec(1, 1)], Vec(1, 1) == 5)
# expect: Vec(4, 6) Vec(-2, -2) Vec(3, 6) Vec(2, 4) 11 Vec(-1, -2) 5.0
# expect: True True True True [Vec(1, 2), Vec(3, 4)] False
# expect: Vec(4, 6) Vec(4, 6) True
# expect: AttributeError 'int' object has no attribute 'x'
# expect: unsupported operand type(s) for /: 'Vec' and 'int'
# expect: True False
