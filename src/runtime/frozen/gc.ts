// `gc`: the collector's switches. JavaScript's garbage collector is not under program
// control, so collect() frees nothing deterministically; the switches keep their state as
// CPython's do and collect() reports 0 unreachable objects found.
import { registerFrozenModule } from '../frozen.js';

registerFrozenModule(
  'gc',
  String.raw`
_enabled = True
_threshold = (700, 10, 10)

def enable():
    global _enabled
    _enabled = True

def disable():
    global _enabled
    _enabled = False

def isenabled():
    return _enabled

def collect(generation=2):
    if not 0 <= generation <= 2:
        raise ValueError('invalid generation')
    return 0

def get_threshold():
    return _threshold

def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)

def get_count():
    return (0, 0, 0)

def is_tracked(obj):
    return not isinstance(obj, (int, float, complex, str, bytes, bool, type(None)))

garbage = []
callbacks = []
`,
);
