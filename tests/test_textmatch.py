"""Typed words match however they were cased or spelled on the keyboard at hand."""

import pytest

from bot.textmatch import fold, loose


@pytest.mark.parametrize(
    ("typed", "ours"),
    [
        ("Dayandır", "DAYANDIR"),
        ("dayandir", "Dayandır"),
        ("İzmir", "izmir"),
        ("oʻzbek", "O'zbek"),
        ("o‘zbek", "o’zbek"),
        ("  Stop   now ", "stop now"),
    ],
)
def test_fold_matches_turkic_and_uzbek_spellings(typed: str, ours: str) -> None:
    assert fold(typed) == fold(ours)


def test_loose_ignores_diacritics_but_fold_does_not() -> None:
    assert loose("xinaliq") == loose("Xınalıq")
    assert fold("Göyçay") != fold("Goycay")
    assert loose("Göyçay") == loose("GOYCAY")
