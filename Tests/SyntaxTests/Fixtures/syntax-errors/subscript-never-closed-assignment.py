y: list[int = []
self.w = 0.5
