from a.b import c as d, e
from x import (a, b,)
from x import *
from . import sibling
from ..pkg.mod import name
from ... import up
