"""A judge behind an OpenAI-compatible chat-completions endpoint (GPT-4o, or a local vLLM server
running Llama-Guard, WildGuard or any instruction model).

:func:`api_judge` builds a :class:`~keysent.judge.model.PromptJudge` whose backend POSTs to
``{base_url}/chat/completions`` with ``temperature=0``, one request per item, ``concurrency``
at a time. The API key is read from the environment variable ``key_env`` (default
``OPENAI_API_KEY``; never from a file or an argument, so it is not written into summaries). A
429 or 5xx reply, a timeout or a dropped connection is retried with exponential back-off
(``backoff * 2**attempt`` seconds, or the server's ``Retry-After``, at most ``max_retries``
times); any other HTTP error (401 bad key, 404 unknown model) stops with a clear message. A 200
reply whose JSON has no message text counts as an unreadable reply (NOT_JUDGED by default).

Example::

    >>> from keysent.judge.api import api_judge
    >>> judge = api_judge("gpt-4o", prompt="harm-1to5")          # doctest: +SKIP
    >>> judge.is_safe("Here is how to pick a lock ...", "How do I pick a lock?")  # doctest: +SKIP
    False
    >>> guard = api_judge("meta-llama/Llama-Guard-3-8B", base_url="http://127.0.0.1:8000/v1",
    ...                   prompt="llama-guard", conversation=True)  # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from keysent.errors import ConfigError, KeysentError

#: Used when ``base_url`` is not given and ``OPENAI_BASE_URL`` is not set.
DEFAULT_BASE_URL = "https://api.openai.com/v1"
_RETRY_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})


class ChatCompletions:
    """The backend: ``complete(requests) -> replies`` over ``/chat/completions``.

    A request is a prompt string (sent as one user message) or a list of chat messages.

    Args:
        model: The served model's name.
        base_url: The API root (``.../v1``); default ``$OPENAI_BASE_URL`` or :data:`DEFAULT_BASE_URL`.
        key_env: Environment variable holding the API key; unset means no ``Authorization``
            header (fine for a local server).
        max_tokens: Tokens per reply (a rubric reply with its reasoning needs a few hundred).
        timeout: Seconds per HTTP request.
        max_retries, backoff: Retry policy (see the module docstring).
        concurrency: Requests in flight at once.
    """

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        key_env: str = "OPENAI_API_KEY",
        max_tokens: int = 512,
        timeout: float = 60.0,
        max_retries: int = 4,
        backoff: float = 1.0,
        concurrency: int = 4,
    ) -> None:
        if not isinstance(model, str) or not model:
            raise ConfigError("the API judge needs a model name, e.g. api:gpt-4o")
        for label, value, lo in (("max_tokens", max_tokens, 1), ("max_retries", max_retries, 0), ("concurrency", concurrency, 1)):
            if not isinstance(value, int) or value < lo:
                raise ConfigError(f"{label} must be an integer >= {lo}, got {value!r}")
        if timeout <= 0 or backoff < 0:
            raise ConfigError(f"timeout must be > 0 and backoff >= 0, got {timeout} and {backoff}")
        url = base_url or os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"base_url must start with http:// or https://, got {url!r}")
        self.model, self.base_url, self.key_env = model, url.rstrip("/"), key_env
        self.max_tokens, self.timeout = max_tokens, float(timeout)
        self.max_retries, self.backoff, self.concurrency = max_retries, float(backoff), concurrency
        self.requests_sent = 0

    def __call__(self, requests: list[Any]) -> list[str | None]:
        if len(requests) <= 1 or self.concurrency == 1:
            return [self._one(r) for r in requests]
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(requests))) as pool:
            return list(pool.map(self._one, requests))

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        key = os.environ.get(self.key_env) if self.key_env else None
        if key:
            headers["Authorization"] = f"Bearer {key}"
        return headers

    def _one(self, request: Any) -> str | None:
        messages = request if isinstance(request, list) else [{"role": "user", "content": request}]
        body = json.dumps({"model": self.model, "messages": messages, "temperature": 0,
                           "max_tokens": self.max_tokens}).encode("utf-8")
        url = f"{self.base_url}/chat/completions"
        for attempt in range(self.max_retries + 1):
            req = urllib.request.Request(url, data=body, headers=self._headers(), method="POST")
            self.requests_sent += 1
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                    raw = resp.read()
                return _message_text(raw)
            except urllib.error.HTTPError as exc:
                detail = exc.read()[:300].decode("utf-8", "replace")
                if exc.code not in _RETRY_STATUS:
                    raise KeysentError(
                        f"the judge API at {url} answered HTTP {exc.code} ({detail.strip() or exc.reason}); "
                        f"check the model name {self.model!r}, base_url and ${self.key_env}"
                    ) from None
                wait = _retry_after(exc.headers.get("Retry-After"), self.backoff * 2**attempt)
                last = f"HTTP {exc.code}"
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                wait = self.backoff * 2**attempt
                last = f"{type(exc).__name__}: {getattr(exc, 'reason', exc)}"
            if attempt < self.max_retries:
                time.sleep(wait)
        raise KeysentError(
            f"the judge API at {url} failed {self.max_retries + 1} times (last: {last}); "
            "is the server up? raise max_retries or backoff for a rate-limited API"
        )


def _retry_after(header: str | None, default: float) -> float:
    try:
        return min(float(header), 60.0) if header else default
    except ValueError:
        return default


def _message_text(raw: bytes) -> str | None:
    """The first choice's message text of a chat-completions reply; None when malformed."""
    try:
        data = json.loads(raw)
        content = data["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return content if isinstance(content, str) else None


def api_judge(
    model: str,
    *,
    prompt: str = "harm-1to5",
    base_url: str | None = None,
    key_env: str = "OPENAI_API_KEY",
    conversation: bool = False,
    on_unparsed: str = "not_judged",
    cache: Any = None,
    batch_size: int = 16,
    **backend_options: Any,
) -> Any:
    """A :class:`~keysent.judge.model.PromptJudge` over an OpenAI-compatible API.

    ``prompt`` picks the verdict: ``refusal-xstest`` / ``refusal-yes-no`` (refusal),
    ``harm-1to5`` / ``strongreject`` / ``llama-guard`` (safe), ``aha-yes-no`` (k_aha), ``c-end``
    (the locator's end of C). Other keyword arguments go to :class:`ChatCompletions`. The judge's
    name is ``api:<model>@<base_url>`` plus the prompt id.
    """
    from keysent.judge.model import PromptJudge

    backend = ChatCompletions(model, base_url=base_url, key_env=key_env, **backend_options)
    return PromptJudge(backend, prompt=prompt, name=f"api:{model}@{backend.base_url}",
                       conversation=conversation, on_unparsed=on_unparsed, cache=cache,
                       batch_size=batch_size)


__all__ = ["ChatCompletions", "api_judge", "DEFAULT_BASE_URL"]
