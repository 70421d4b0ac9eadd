"""Web users: Argon2 hashes, one email per account, and a login that never says what was wrong."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from heed import Engine
from heed.core.vocabulary import Role
from heed.errors import AlreadyExists, BadInput, PermissionDenied, Unauthenticated
from heed.store.tables import SignInRecord, User
from helpers.actors import ADMIN, AGENT

PASSWORD = "correct horse battery staple"


def test_a_user_signs_in_with_the_password_stored_only_as_an_argon2_hash(
    engine: Engine, acme: str
) -> None:
    user = engine.create_user(acme, " Ann@Example.COM ", "admin", PASSWORD)
    assert (user.email, user.role) == ("ann@example.com", Role.ADMIN)
    with engine.db.read() as session:
        stored = session.scalars(select(User.password_hash)).one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert engine.authenticate_user(acme, "ANN@example.com", PASSWORD) == user
    kinds = [e.kind for e in engine.list_events(acme, kind="user.created").items]
    assert kinds == ["user.created"]


def test_a_wrong_login_says_the_same_whatever_was_wrong(engine: Engine, acme: str) -> None:
    engine.create_account("other", "Other")
    engine.create_user(acme, "ann@example.com", "agent", PASSWORD)
    for slug, email, password in [
        ("acme", "ann@example.com", "wrong password!"),
        ("acme", "nobody@example.com", PASSWORD),
        ("other", "ann@example.com", PASSWORD),
        ("nowhere", "ann@example.com", PASSWORD),
        ("acme", "not an email", PASSWORD),
    ]:
        with pytest.raises(Unauthenticated, match=r"^wrong account, email or password$"):
            engine.authenticate_user(slug, email, password)


def test_create_user_refuses_bad_input_duplicates_and_roles_it_may_not_grant(
    engine: Engine, acme: str
) -> None:
    engine.create_user(acme, "ann@example.com", "admin", PASSWORD)
    with pytest.raises(AlreadyExists):
        engine.create_user(acme, "ANN@example.com", "agent", PASSWORD)
    with pytest.raises(BadInput, match="at least 10 characters"):
        engine.create_user(acme, "bob@example.com", "agent", "short")
    with pytest.raises(BadInput, match="unknown role"):
        engine.create_user(acme, "bob@example.com", "owner", PASSWORD)
    with pytest.raises(PermissionDenied):
        engine.create_user(acme, "bob@example.com", "agent", PASSWORD, actor=AGENT)
    with pytest.raises(PermissionDenied):
        engine.create_user(acme, "bob@example.com", "support", PASSWORD, actor=ADMIN)


def test_a_disabled_user_is_signed_out_and_cannot_sign_in(engine: Engine, acme: str) -> None:
    user = engine.create_user(acme, "ann@example.com", "admin", PASSWORD)
    token = engine.open_sign_in(user)
    assert engine.signed_in_user(acme, token) == user
    account_id = engine.account(acme).id
    with engine.db.write() as session:
        row = session.get(User, (account_id, user.id))
        assert row is not None
        row.disabled_at = row.created_at
    with pytest.raises(Unauthenticated):
        engine.authenticate_user(acme, "ann@example.com", PASSWORD)
    assert engine.signed_in_user(acme, token) is None


def test_an_ended_sign_in_stays_ended_and_only_its_own(engine: Engine, acme: str) -> None:
    user = engine.create_user(acme, "ann@example.com", "admin", PASSWORD)
    laptop = engine.open_sign_in(user)
    phone = engine.open_sign_in(user)
    engine.end_sign_in(acme, laptop)
    assert engine.signed_in_user(acme, laptop) is None
    assert engine.signed_in_user(acme, phone) == user
    engine.create_account("other", "Other")
    assert engine.signed_in_user("other", phone) is None  # a token names one account's sign-in
    assert engine.signed_in_user(acme, "made-up") is None
    with engine.db.read() as session:
        stored = session.scalars(select(SignInRecord.id)).all()
    assert phone not in stored and laptop not in stored  # only hashes are kept
    engine.open_sign_in(user)  # forgets the ended sign-in
    with engine.db.read() as session:
        assert len(session.scalars(select(SignInRecord.id)).all()) == 2
