"""python-telegram-bot's HTTP transport on an aiohttp session.

PTB's default (httpx) sent ~400 sendMessage/s to a loopback fake on a 2-core machine; this one
sends several times more (bench/broadcast.py), because aiohttp's client is lighter per request.
"""

from __future__ import annotations

from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot import speed


class AiohttpRequest(BaseRequest):
    def __init__(
        self,
        *,
        connection_limit: int = 256,
        read_timeout: float | None = 10.0,
        connect_timeout: float | None = 5.0,
    ) -> None:
        self._connection_limit = connection_limit
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connection_limit),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        timeout = aiohttp.ClientTimeout(
            total=None,
            sock_connect=self._connect_timeout
            if isinstance(connect_timeout, DefaultValue)
            else connect_timeout,
            sock_read=self._read_timeout
            if isinstance(read_timeout, DefaultValue)
            else read_timeout,
        )
        body: bytes | aiohttp.FormData | None = None
        headers = None
        if request_data is not None and request_data.contains_files:
            form = aiohttp.FormData()
            for name, value in request_data.json_parameters.items():
                form.add_field(name, value)
            for name, (filename, content, mimetype) in request_data.multipart_data.items():
                form.add_field(name, content, filename=filename, content_type=mimetype)
            body = form
        elif request_data is not None:
            # The parameters as one JSON object (nested values as objects, as the Bot API
            # takes them), encoded by orjson when installed: PTB's `json_payload` encodes
            # each parameter apart with the standard library, then the whole.
            body = speed.dumps(request_data.parameters)
            headers = {"Content-Type": "application/json"}
        try:
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        """The Bot API's answer (orjson when installed); raises TelegramError when it is not
        JSON, as PTB's own does."""
        try:
            answer = speed.loads(payload)
        except (ValueError, RecursionError):
            return BaseRequest.parse_json_payload(payload)  # decodes leniently, or raises
        return answer if isinstance(answer, dict) else BaseRequest.parse_json_payload(payload)
