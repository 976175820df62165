class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def info():
        return 'temperature'
    @classmethod
    def freezing(cls):
        return cls(0)
t = Temp(25)
print(t.celsius, t.fahrenheit, Temp.info(), t.info(), Temp.freezing().celsius)
t.celsius = 30
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print('AttributeError:', e)
print(type(Temp.celsius).__name__, isinstance(Temp.__dict__['info'], staticmethod))
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.calls)
# expect: 25 77.0 temperature temperature 0
# expect: 30
# expect: ValueError: too cold
# expect: AttributeError: property 'fahrenheit' of 'Temp' object has no setter
# expect: property True
# expect: 42 42 2
