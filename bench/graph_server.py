"""A lean fake of the WhatsApp Cloud API's send endpoint, run as its own process for benchmarks.

tests/fakes/graph_api.py keeps every request and checks WhatsApp's limits, which is right for
tests but would grow without end and spend the fake's CPU in a benchmark. This one only answers
`POST /<version>/<phone number id>/messages` as the Cloud API documents it and counts:

* `GET /_stats`: `{"sent": messages accepted, "phones": distinct recipients, "refused": n}`
* `GET /_first_replies`: `{phone: time.monotonic() of its first message}` (system-wide on Linux,
  so comparable with the driver's clock), capped at FIRST_REPLIES_CAP; cleared by `DELETE`.

    python -m bench.graph_server --port 8082
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import time

from aiohttp import web

from tests.fakes.graph_api import PHONE_NUMBER_ID, TOKEN

# Bounds the per-phone record, so a long run cannot grow the fake's memory without end.
FIRST_REPLIES_CAP = 100_000


class GraphServer:
    def __init__(self, *, token: str, phone_number_id: str) -> None:
        self.authorization = f"Bearer {token}"
        self.phone_number_id = phone_number_id
        self.sent = 0
        self.refused = 0  # wrong token, number or payload: a bench whose bot sees these is broken
        self.first_replies: dict[str, float] = {}
        self._wamids = itertools.count(1)

    def app(self) -> web.Application:
        app = web.Application(client_max_size=1 << 20)
        app.router.add_post("/{version}/{phone}/messages", self._messages)
        app.router.add_get("/_stats", self._stats)
        app.router.add_get("/_first_replies", self._first_replies)
        app.router.add_delete("/_first_replies", self._clear_first_replies)
        return app

    async def _messages(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != self.authorization:
            self.refused += 1
            return _error(401, 190, "Invalid OAuth access token")
        if request.match_info["phone"] != self.phone_number_id:
            self.refused += 1
            return _error(400, 100, "Unsupported post request")
        try:
            payload = json.loads(await request.read())
            # "recipient" is a business-scoped user id (BSUID), Meta's alternative to "to".
            to = str(payload.get("to") or payload["recipient"])
            assert payload.get("messaging_product") == "whatsapp" and payload.get("type")
        except (ValueError, KeyError, TypeError, AssertionError):
            self.refused += 1
            return _error(400, 100, "Invalid parameter")
        now = time.monotonic()
        self.sent += 1
        if to not in self.first_replies and len(self.first_replies) < FIRST_REPLIES_CAP:
            self.first_replies[to] = now
        return web.json_response(
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": to, "wa_id": to}],
                "messages": [{"id": f"wamid.HBgL{next(self._wamids):012d}"}],
            }
        )

    async def _stats(self, _request: web.Request) -> web.Response:
        return web.json_response(
            {"sent": self.sent, "phones": len(self.first_replies), "refused": self.refused}
        )

    async def _first_replies(self, _request: web.Request) -> web.Response:
        return web.json_response(self.first_replies)

    async def _clear_first_replies(self, _request: web.Request) -> web.Response:
        self.first_replies.clear()
        return web.json_response({"ok": True})


def _error(status: int, code: int, message: str) -> web.Response:
    error = {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "bench"}
    return web.json_response({"error": error}, status=status)


async def serve(port: int, token: str, phone_number_id: str) -> None:
    runner = web.AppRunner(
        GraphServer(token=token, phone_number_id=phone_number_id).app(), access_log=None
    )
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    print(f"fake Graph API on http://127.0.0.1:{port}", flush=True)
    await asyncio.Event().wait()  # until SIGTERM


def main() -> None:
    parser = argparse.ArgumentParser(description="lean fake WhatsApp Cloud API for benchmarks")
    parser.add_argument("--port", type=int, default=8082)
    parser.add_argument("--token", default=TOKEN)
    parser.add_argument("--phone-number-id", default=PHONE_NUMBER_ID)
    arguments = parser.parse_args()
    asyncio.run(serve(arguments.port, arguments.token, arguments.phone_number_id))


if __name__ == "__main__":
    main()
