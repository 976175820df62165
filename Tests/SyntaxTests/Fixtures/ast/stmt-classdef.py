class A:
    pass
class B(A):
    def method(self):
        return self
class C(A, B, metaclass=Meta, **opts):
    x = 1
class D(): pass
