try:
    pass
except E:
    pass
finally
    pass
