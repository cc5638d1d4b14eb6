"""A loopback TCP proxy that can be cut, for the live-workshop fault tests: the network
between a participant's browser and the host, which a test takes away (a phone off the
Wi-Fi) and gives back.

`cut()` closes every open connection at once and refuses new ones (each is accepted and
closed straight away, as a network that is gone fails a connection attempt); `restore()`
lets connections through again. It listens on 127.0.0.1 only, on a port of its own that
stays the same across a cut, so a page opened through it reconnects to the same address.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from types import TracebackType

LOOPBACK = "127.0.0.1"


class TcpProxy:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = 0
        self.accepted = 0  # connections let through since the proxy started
        self._open = True
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._ready = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._main, name="tcp-proxy", daemon=True)

    def __enter__(self) -> TcpProxy:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the proxy did not start")
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self._call(self._stop)
        self._thread.join(10)

    @property
    def address(self) -> str:
        return f"{LOOPBACK}:{self.port}"

    def cut(self) -> None:
        """Drop every open connection and refuse new ones, until `restore()`."""
        self._call(self._cut)

    def restore(self) -> None:
        self._call(self._restore)

    def _call(self, function: object) -> None:
        """Run `function` on the proxy's loop and wait until it has run."""
        assert self._loop is not None
        future = asyncio.run_coroutine_threadsafe(self._run(function), self._loop)
        future.result(10)

    @staticmethod
    async def _run(function: object) -> None:
        function()  # type: ignore[operator]

    def _cut(self) -> None:
        self._open = False
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()

    def _restore(self) -> None:
        self._open = True

    def _stop(self) -> None:
        self._cut()
        assert self._server is not None
        self._server.close()
        self._done.set()

    def _main(self) -> None:
        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._server = await asyncio.start_server(self._accept, LOOPBACK, 0)
            self.port = self._server.sockets[0].getsockname()[1]
            self._ready.set()
            while not self._done.is_set():
                await asyncio.sleep(0.05)
            await self._server.wait_closed()

        asyncio.run(main())

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if not self._open:
            writer.transport.abort()
            return
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(LOOPBACK, self.target_port)
        except OSError:  # the host is down: the connection fails as it would without a proxy
            writer.transport.abort()
            return
        if not self._open:  # cut while connecting
            writer.transport.abort()
            upstream_writer.transport.abort()
            return
        self.accepted += 1
        self._writers.update((writer, upstream_writer))
        try:
            await asyncio.gather(_pipe(reader, upstream_writer), _pipe(upstream_reader, writer))
        finally:
            for end in (writer, upstream_writer):
                self._writers.discard(end)
                end.transport.abort()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError, asyncio.IncompleteReadError):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    # One side finished (or was cut): the other side of the connection ends too.
    writer.transport.abort()
