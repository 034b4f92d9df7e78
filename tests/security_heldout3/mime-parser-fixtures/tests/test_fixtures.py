import email
import email.policy

import pytest

from tests.fixture_loader import all_names, load, load_raw


@pytest.mark.parametrize("name", all_names())
def test_fixture_parses(name):
    expect = load(name)["expect"]
    msg = email.message_from_bytes(load_raw(name), policy=email.policy.default)
    assert str(msg["subject"]) == expect["subject"]
    names = [p.get_filename() for p in msg.iter_attachments() if p.get_filename()]
    assert names == expect["attachments"]
