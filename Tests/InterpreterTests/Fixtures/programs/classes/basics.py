class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(3, 4)
print(p, p.norm2(), p.dims, Point.dims, p.x)
p.z = 5
print(p.z, p.__dict__, Point.__name__, Point.__doc__, type(p).__name__)
print(isinstance(p, Point), isinstance(p, object), issubclass(Point, object))
Point.dims = 3
print(p.dims, getattr(p, 'x'), getattr(p, 'missing', 'dflt'), hasattr(p, 'y'), hasattr(p, 'q'))
setattr(p, 'x', 10)
print(p.x)
delattr(p, 'z')
print(hasattr(p, 'z'))
m = p.norm2
print(m(), type(m).__name__)
print(Point.norm2(Point(1, 1)))
class Empty:
    pass
e = Empty()
print(type(e).__name__, str(e)[:16] == '<__main__.Empty ')
try:
    p.nothing
except AttributeError as err:
    print(err)
try:
    Point(1)
except TypeError as err:
    print(err)
try:
    Empty(1)
except TypeError as err:
    print(err)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
# expect: Point(3, 4) 25 2 2 3
# expect: 5 {'x': 3, 'y': 4, 'z': 5} Point A point. Point
# expect: True True True
# expect: 3 3 dflt True False
# expect: 10
# expect: False
# expect: 116 method
# expect: 2
# expect: Empty True
# expect: 'Point' object has no attribute 'nothing'
# expect: Point.__init__() missing 1 required positional argument: 'y'
# expect: Empty() takes no arguments
# expect: 2
