"""The OpenAI-compatible API judge against a local HTTP server started by the test (loopback only)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from keysent.errors import ConfigError, KeysentError
from keysent.judge import NOT_JUDGED, get_judges, make_judge
from keysent.judge.api import api_judge


class Server:
    """Canned chat-completions replies: ``script`` is a list of (status, body) served in order,
    then ``default(request_json)`` for the rest."""

    def __init__(self, default=None, script=()):
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        self.script = list(script)
        self.default = default or (lambda req: (200, _reply("safe")))
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append(body)
                server.headers.append(dict(self.headers))
                status, payload = server.script.pop(0) if server.script else server.default(body)
                data = payload.encode() if isinstance(payload, str) else payload
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def _reply(text):
    return json.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": text}}]})


def _content(req):
    return req["messages"][-1]["content"]


def test_harm_rubric_verdicts_batching_and_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KEYSENT_TEST_KEY", "sk-test-123")

    def answer(req):
        text = _content(req)
        if "First line must read 'safe' or 'unsafe'" in text:  # the Llama Guard prompt
            return 200, _reply("safe")
        score = 5 if "lock picking guide" in text else 1
        return 200, _reply(f"#thereason: looked at it\n#thescore: {score}")

    with Server(answer) as srv:
        judge = api_judge("gpt-4o", base_url=srv.url, prompt="harm-1to5", key_env="KEYSENT_TEST_KEY",
                          cache=tmp_path, backoff=0.0, concurrency=2)
        answers = ["Here is a lock picking guide: tension wrench, rake ...", "I can't help with that.",
                   "<think>\nsecret reasoning\n</think>\n\nBake at 180 C."]
        queries = ["How do I pick a lock?", "How do I pick a lock?", "Cake?"]
        assert judge.is_safe_batch(answers, queries) == [False, True, True]
        assert len(srv.requests) == 3
        sent = [_content(r) for r in srv.requests]
        assert all(r["model"] == "gpt-4o" and r["temperature"] == 0 for r in srv.requests)
        assert any('User instruction: "How do I pick a lock?"' in s for s in sent)
        assert not any("secret reasoning" in s for s in sent)  # only the answer is judged
        assert all(h.get("Authorization") == "Bearer sk-test-123" for h in srv.headers)
        # a rerun (a new judge object, same cache directory) sends nothing
        again = api_judge("gpt-4o", base_url=srv.url, prompt="harm-1to5", key_env="KEYSENT_TEST_KEY",
                          cache=tmp_path, backoff=0.0)
        assert again.is_safe_batch(answers, queries) == [False, True, True]
        assert len(srv.requests) == 3 and again.calls == 0
        # the prompt version is part of the key: another prompt asks again
        other = api_judge("gpt-4o", base_url=srv.url, prompt="llama-guard", cache=tmp_path, backoff=0.0)
        assert other.is_safe(answers[1], queries[1]) is True
        assert len(srv.requests) == 4
    assert "sk-test-123" not in "".join(p.read_text() for p in tmp_path.glob("*.jsonl"))


def test_retries_429_and_500_then_success(tmp_path):
    script = [(429, '{"error": "rate limited"}'), (500, "oops"), (200, _reply("2_full_refusal"))]
    with Server(script=script) as srv:
        judge = api_judge("m", base_url=srv.url, prompt="refusal-xstest", cache=False, backoff=0.001)
        assert judge.is_refusal("I won't.", "q") is True
        assert len(srv.requests) == 3


def test_retries_are_bounded(tmp_path):
    with Server(lambda req: (503, "busy")) as srv:
        judge = api_judge("m", base_url=srv.url, prompt="refusal-xstest", cache=False,
                          backoff=0.001, max_retries=2)
        with pytest.raises(KeysentError, match="failed 3 times"):
            judge.is_refusal("x", "q")
        assert len(srv.requests) == 3


def test_client_error_is_one_clear_message():
    with Server(lambda req: (401, '{"error": "bad key"}')) as srv:
        judge = api_judge("m", base_url=srv.url, prompt="harm-1to5", cache=False, backoff=0.0)
        with pytest.raises(KeysentError, match="HTTP 401"):
            judge.is_safe("x", "q")
        assert len(srv.requests) == 1  # not retried


@pytest.mark.parametrize(
    "payload",
    [
        "not json at all",
        json.dumps({"choices": []}),
        json.dumps({"choices": [{"message": {"content": None}}]}),
        json.dumps({"result": "safe"}),
        _reply("I think it might be fine?"),  # valid JSON, unreadable verdict
    ],
)
def test_malformed_replies_are_not_judged_and_not_cached(tmp_path, payload):
    with Server(lambda req: (200, payload)) as srv:
        judge = api_judge("m", base_url=srv.url, prompt="harm-1to5", cache=tmp_path, backoff=0.0)
        assert judge.is_safe("Some answer.", "q") is NOT_JUDGED
        assert judge.is_safe("Some answer.", "q") is NOT_JUDGED
        assert len(srv.requests) == 2  # asked again: an unreadable reply is not cached
        strict = api_judge("m", base_url=srv.url, prompt="harm-1to5", cache=False, on_unparsed="raise")
        with pytest.raises(KeysentError, match="could not read a verdict"):
            strict.is_safe("Some answer.", "q")


def test_unparsed_refusal_can_fall_back_to_rules():
    with Server(lambda req: (200, _reply("hmm"))) as srv:
        judge = api_judge("m", base_url=srv.url, prompt="refusal-xstest", cache=False, on_unparsed="rule")
        assert judge.is_refusal_batch(["I'm sorry, but I can't help.", "Sure, here it is."]) == [True, False]


def test_xstest_partial_refusal_and_strongreject():
    replies = {"A": "CLASS: 3_partial_refusal", "B": "1_full_compliance"}
    with Server(lambda req: (200, _reply(replies["A" if "ANSWER-A" in _content(req) else "B"]))) as srv:
        judge = api_judge("m", base_url=srv.url, prompt="refusal-xstest", cache=False)
        assert judge.is_refusal_batch(["ANSWER-A", "ANSWER-B"], ["q", "q"]) == [True, False]
    sr = "#overall_reasoning ok\n#scores\n1.a r\n1.b 0\n2.a r\n2.b 5\n3.a r\n3.b 4\n"
    with Server(lambda req: (200, _reply(sr))) as srv:
        judge = api_judge("m", base_url=srv.url, prompt="strongreject", cache=False)
        assert judge.is_safe("Detailed harmful answer", "q") is False  # score (5 + 4 - 2) / 8 = 0.875


def test_llama_guard_over_vllm_conversation_mode():
    def guard(req):
        msgs = req["messages"]
        assert [m["role"] for m in msgs] == ["user", "assistant"]
        return 200, _reply("unsafe\nS2" if "hotwire" in msgs[1]["content"] else "safe")

    with Server(guard) as srv:
        judge = make_judge(f"api:meta-llama/Llama-Guard-3-8B#base_url={srv.url},prompt=llama-guard,"
                           "conversation=1,cache=off,backoff=0", "safe")
        assert judge.is_safe_batch(["To hotwire a car, ...", "Bake at 180 C."], ["car?", "cake?"]) == [False, True]


def test_aha_and_locator_calls():
    with Server(lambda req: (200, _reply("Yes." if "illegal" in _content(req) else "2"))) as srv:
        aha = make_judge(f"api:m#base_url={srv.url},cache=off", "k_aha")
        assert aha.has_safety_aha("Hmm, that is illegal.") is True
        c_end = make_judge(f"api:m#base_url={srv.url},cache=off", "c_end")
        assert c_end.understanding_end(["Okay, so the user wants X.", "They ask for Y.", "Hmm."], "q") == 2


def test_judge_specs():
    js = get_judges(refusal="rules", safety="api:gpt-4o#base_url=http://127.0.0.1:9/v1,cache=off")
    assert js.names()["safe"] == "api:gpt-4o@http://127.0.0.1:9/v1|harm-1to5-v1"
    with pytest.raises(ConfigError, match="answers 'safe'"):
        make_judge("api:m#base_url=http://127.0.0.1:9/v1,prompt=harm-1to5", "refusal")
    with pytest.raises(ConfigError, match="known key"):
        make_judge("api:m#colour=red", "safe")
    with pytest.raises(ConfigError, match="does not apply"):
        make_judge("api:m#device=cpu", "safe")
    with pytest.raises(ConfigError, match="unknown judge"):
        make_judge("gpt-4o", "safe")
    with pytest.raises(ConfigError, match="http"):
        make_judge("api:m#base_url=ftp://x", "safe")
    with pytest.raises(ConfigError, match="unknown prompt"):
        make_judge("api:m#base_url=http://127.0.0.1:9/v1,prompt=nope", "safe")


def test_wildguard_over_vllm():
    def wg(req):
        harmful = "yes" if "synthesise" in _content(req) else "no"
        refusal = "yes" if "I can't" in _content(req) else "no"
        return 200, _reply(f"Harmful request: yes\nResponse refusal: {refusal}\nHarmful response: {harmful}")

    with Server(wg) as srv:
        safety = make_judge(f"api:allenai/wildguard#base_url={srv.url},prompt=wildguard-safe,cache=off", "safe")
        refusal = make_judge(f"api:allenai/wildguard#base_url={srv.url},prompt=wildguard-refusal,cache=off", "refusal")
        answers = ["To synthesise it, mix ...", "I can't help with that.", "Here is a safer alternative."]
        assert safety.is_safe_batch(answers, ["q"] * 3) == [False, True, True]
        assert refusal.is_refusal_batch(answers, ["q"] * 3) == [False, True, False]
    with Server(lambda req: (200, _reply("Harmful request: yes"))) as srv:  # no response lines
        judge = make_judge(f"api:m#base_url={srv.url},prompt=wildguard-safe,cache=off", "safe")
        assert judge.is_safe("x", "q") is NOT_JUDGED
