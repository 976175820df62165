# lit-expected-deviation: lit cells do not support coroutines
async def f(): pass
