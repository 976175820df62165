class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} makes a sound'
    def kind(self):
        return 'animal'
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + ' (woof)'
class Puppy(Dog):
    def speak(self):
        return 'small ' + super().speak()
d = Puppy('Rex', 'lab')
print(d.speak(), d.kind(), d.breed, isinstance(d, Animal), issubclass(Puppy, Dog))
print([c.__name__ for c in Puppy.__mro__])
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
class Base:
    greeting = 'hi'
    @classmethod
    def make(cls):
        return cls()
    def __repr__(self):
        return f'<{type(self).__name__}>'
class Child(Base):
    pass
print(Child.make(), Child.greeting, Child.__bases__)
class Explicit(Base):
    def __repr__(self):
        return 'explicit ' + super(Explicit, self).__repr__()
print(Explicit())
try:
    class Bad(A, A):
        pass
except TypeError as e:
    print(e)
# expect: small Rex makes a sound (woof) animal lab True True
# expect: ['Puppy', 'Dog', 'Animal', 'object']
# expect: DBCA ['D', 'B', 'C', 'A', 'object']
# expect: <Child> hi (<class '__main__.Base'>,)
# expect: explicit <Explicit>
# expect: duplicate base class A
