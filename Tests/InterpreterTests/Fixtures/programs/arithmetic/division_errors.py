def attempt(label, f):
    try:
        f()
    except ZeroDivisionError as e:
        print(label, '->', e)

attempt('1 / 0', lambda: 1 / 0)
attempt('1 // 0', lambda: 1 // 0)
attempt('1 % 0', lambda: 1 % 0)
attempt('1.0 / 0', lambda: 1.0 / 0)
attempt('1.0 // 0.0', lambda: 1.0 // 0.0)
attempt('1.0 % 0', lambda: 1.0 % 0)
attempt('0.0 ** -1', lambda: 0.0 ** -1)
attempt('divmod(1, 0)', lambda: divmod(1, 0))
attempt('divmod(1.0, 0)', lambda: divmod(1.0, 0))
1 / 0
# expect: 1 / 0 -> division by zero
# expect: 1 // 0 -> integer division or modulo by zero
# expect: 1 % 0 -> integer modulo by zero
# expect: 1.0 / 0 -> float division by zero
# expect: 1.0 // 0.0 -> float floor division by zero
# expect: 1.0 % 0 -> float modulo
# expect: 0.0 ** -1 -> 0.0 cannot be raised to a negative power
# expect: divmod(1, 0) -> integer division or modulo by zero
# expect: divmod(1.0, 0) -> float divmod()
# expect error: ZeroDivisionError: division by zero
