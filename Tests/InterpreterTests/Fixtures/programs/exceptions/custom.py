class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(f'{table} failed')
        self.table = table
        self.code = code
class Quiet(Exception):
    def __str__(self):
        return 'custom str'
try:
    raise DbError('users', 42)
except AppError as e:
    print(type(e).__name__, e, e.table, e.code, e.args, isinstance(e, Exception))
try:
    raise Quiet('ignored')
except Quiet as e:
    print(e, repr(e))
print(issubclass(DbError, AppError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(repr(AppError('a', 1)), str(AppError('a', 1)), str(AppError()))
def chain():
    try:
        raise AppError('low')
    except AppError as e:
        raise DbError('t', 1) from e
try:
    chain()
except DbError as e:
    print(e, '<-', e.__cause__)
try:
    raise 42
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 3:
        pass
    raise ValueError('x')
except ValueError as e:
    print('ValueError', e)
raise DbError('orders', 7)
# expect: DbError users failed users 42 ('users failed',) True
# expect: custom str Quiet('ignored')
# expect: True True True
# expect: AppError('a', 1) ('a', 1) 
# expect: t failed <- low
# expect: exceptions must derive from BaseException
# expect: ValueError x
# expect error: DbError: orders failed
