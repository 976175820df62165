x: int
y: list[int] = []
self.w: float = 0.5
d['k']: str = 'v'
