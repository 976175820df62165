class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def __secret(self):
        return 'secret of ' + self.__owner
    def reveal(self):
        return self.__secret()
    @classmethod
    def count(cls):
        return cls.__count
a = Account('ann')
print(a.reveal(), Account.count(), a._Account__owner, hasattr(a, '__owner'))
print(sorted(k for k in vars(a)), '_Account__secret' in Account.__dict__)
class _Under:
    def __init__(self):
        self.__x = 1
print(list(vars(_Under())))
try:
    a.__owner
except AttributeError as e:
    print(e)
# expect: secret of ann 1 ann False
# expect: ['_Account__owner'] True
# expect: ['_Under__x']
# expect: 'Account' object has no attribute '__owner'
