raise
raise ValueError('bad')
raise RuntimeError('x') from err
raise E from None
