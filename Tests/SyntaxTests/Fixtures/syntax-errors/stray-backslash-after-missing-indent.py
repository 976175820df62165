class B(A):
e   def method(s l\f):
        return self
