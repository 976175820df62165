try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    print(e)
except:
    raise
else:
    ok()
finally:
    cleanup()
try:
    pass
finally:
    pass
