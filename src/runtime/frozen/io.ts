// `io`: the in-memory streams (StringIO, BytesIO) and the abstract base classes, following
// CPython 3.11's Lib/_pyio.py. There is no file system access (no open()).
import { registerFrozenModule } from '../frozen.js';

registerFrozenModule(
  'io',
  String.raw`
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass

UnsupportedOperation.__module__ = 'io'


class IOBase:
    def _unsupported(self, name):
        raise UnsupportedOperation(f'{type(self).__name__}.{name}() not supported')

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported('fileno')

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        self._unsupported('readline')

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = 'io'


class _MemoryStream:
    """What StringIO and BytesIO share: a buffer with a position."""

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError(f'{self._negative_size} {pos}')
        self._buf = self._buf[:pos]
        return pos

    def readline(self, size=-1):
        self._checkClosed()
        end = self._buf.find(self._newline, self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return self._result(result)

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def close(self):
        self._buf = self._buf[:0]
        super().close()


class StringIO(_MemoryStream, TextIOBase):
    _newline = '\n'
    _negative_size = 'Negative size value'
    _result = str

    def _checkClosed(self, msg=None):
        super()._checkClosed('I/O operation on closed file' if msg is None else msg)

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._buf = initial_value
        self._pos = 0

    def getvalue(self):
        self._checkClosed()
        return self._buf

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            size = len(self._buf)
        start = self._pos
        result = self._buf[start:start + size]
        self._pos = start + len(result)
        return result

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        n = len(s)
        if n:
            buf = self._buf
            pos = self._pos
            if pos > len(buf):
                buf += '\0' * (pos - len(buf))
            self._buf = buf[:pos] + s + buf[pos + n:]
            self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def __repr__(self):
        return f'<_io.StringIO object at {id(self):#x}>'


class BytesIO(_MemoryStream, BufferedIOBase):
    _newline = b'\n'
    _negative_size = 'negative size value'
    _result = bytes

    def __init__(self, initial_bytes=None):
        self._buf = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buf)

    def getbuffer(self):
        self._checkClosed()
        return memoryview(self._buf)

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            size = len(self._buf)
        if self._pos >= len(self._buf):
            return b''
        end = min(len(self._buf), self._pos + size)
        result = bytes(self._buf[self._pos:end])
        self._pos = end
        return result

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        n = len(data)
        if n:
            pos = self._pos
            if pos > len(self._buf):
                self._buf += b'\x00' * (pos - len(self._buf))
            self._buf[pos:pos + n] = data
            self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence value')
        self._pos = pos
        return pos

    def __repr__(self):
        return f'<_io.BytesIO object at {id(self):#x}>'


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'
`,
);
