x
None
True
False
...
_private
naïve
