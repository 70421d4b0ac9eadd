"""The sign-in form's CSRF token is bound to a pre-session and made by the server (issue 16,
row 10), on a real `heed serve`.

Before: a double-submit cookie: any equal pair of `heed_login` cookie and `csrf` field was
accepted, so someone able to plant a cookie (a sibling subdomain) chose both and signed the
victim in to the attacker's account. Now the token is the pre-session's hash signed with a
key derived from the server key, and expires after an hour.
"""

from __future__ import annotations

import re
import uuid

import httpx

from heed.web.sign_ins import LOGIN_COOKIE, login_token, login_token_ok
from helpers.actors import SUPPORT
from helpers.live import Live

PASSWORD = "correct horse battery staple"


def _user(server: Live) -> tuple[str, str]:
    slug = f"c-{uuid.uuid4().hex[:8]}"
    server.engine.create_account(slug, "Sign-in")
    email = f"ann-{uuid.uuid4().hex[:6]}@example.com"
    server.engine.create_user(slug, email, "admin", PASSWORD, actor=SUPPORT)
    return slug, email


def _form_token(http: httpx.Client) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', http.get("/login").text)
    assert found
    return found[1]


def test_the_form_s_own_token_and_pre_session_sign_in(live: Live) -> None:
    slug, email = _user(live)
    with httpx.Client(base_url=live.base) as http:
        token = _form_token(http)
        assert http.cookies.get(LOGIN_COOKIE)
        form = {"csrf": token, "account": slug, "email": email}
        assert http.post("/login", data=form | {"password": "wrong"}).status_code == 401
        # The re-shown form keeps the pre-session, so its new token works too.
        token = _form_token(http)
        signed_in = http.post("/login", data=form | {"csrf": token, "password": PASSWORD})
        assert signed_in.status_code == 303 and signed_in.headers["location"] == "/"


def test_a_planted_cookie_and_a_token_of_another_pre_session_are_refused(
    live: Live,
) -> None:
    slug, email = _user(live)
    form = {"account": slug, "email": email, "password": PASSWORD}
    with httpx.Client(base_url=live.base) as http:
        # Double submit, as an attacker who can set cookies sends it: before, a 303 sign-in.
        http.cookies.set(LOGIN_COOKIE, "chosen-by-the-attacker")
        planted = http.post("/login", data=form | {"csrf": "chosen-by-the-attacker"})
        assert planted.status_code == 403
    with httpx.Client(base_url=live.base) as mine, httpx.Client(base_url=live.base) as theirs:
        their_token = _form_token(theirs)
        _form_token(mine)  # a pre-session of my own
        crossed = mine.post("/login", data=form | {"csrf": their_token})
        assert crossed.status_code == 403
        without_cookie = httpx.post(f"{live.base}/login", data=form | {"csrf": their_token})
        assert without_cookie.status_code == 403


def test_a_login_token_expires_and_names_one_pre_session() -> None:
    keys = [b"k" * 32]
    token = login_token(keys, "pre-session-a")
    assert login_token_ok(keys, "pre-session-a", token)
    assert not login_token_ok(keys, "pre-session-b", token)
    assert not login_token_ok(keys, None, token)
    assert not login_token_ok([b"x" * 32], "pre-session-a", token)
    assert not login_token_ok(keys, "pre-session-a", token, max_age=-1)
